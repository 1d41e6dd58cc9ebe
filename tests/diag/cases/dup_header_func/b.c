#include "util.h"
int main(void) { return clamp(-3); }
