#include <stdio.h>
__attribute__((constructor)) static void m2_init(void) { puts("m2 ctor (must not run)"); }
int m2_api(void) { return 2; }
