#include "util.h"
int a(void) { return clamp(12); }
