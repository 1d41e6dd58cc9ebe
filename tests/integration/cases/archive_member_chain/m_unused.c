#include <stdio.h>
__attribute__((constructor)) static void never(void) { puts("unused member linked!"); }
int unused_fn(void) { return 99; }
