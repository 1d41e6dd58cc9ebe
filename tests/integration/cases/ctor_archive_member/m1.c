#include <stdio.h>
int m1_ready;
__attribute__((constructor)) static void m1_init(void) { m1_ready = 1; puts("m1 ctor"); }
__attribute__((destructor)) static void m1_fini(void) { puts("m1 dtor"); }
int m1_api(void) { return m1_ready ? 100 : -1; }
