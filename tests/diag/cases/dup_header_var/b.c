#include "config.h"
int main(void) { return verbosity; }
