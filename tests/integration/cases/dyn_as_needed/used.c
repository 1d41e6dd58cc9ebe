#include <stdio.h>
int dep_value(void);
__attribute__((constructor)) static void used_ctor(void) { puts("libused constructor"); }
int used_func(int x) { return x + dep_value(); }
