#include <stdio.h>
__attribute__((constructor)) static void unused_ctor(void) { puts("libunused constructor (kept by --no-as-needed)"); }
int unused_func(void) { return 1; }
