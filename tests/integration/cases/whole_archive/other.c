#include <stdio.h>
__attribute__((constructor)) static void never(void) { puts("member of libother.a linked!"); }
int other_fn(void) { return 1; }
