#include <stdio.h>
__attribute__((constructor)) static void unused_ctor(void) { puts("libunused constructor (must not run)"); }
int unused_func(void) { return 1; }
