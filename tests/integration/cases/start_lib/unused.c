#include <stdio.h>
int b_fn(void) { return -1; }
int unused_fn(void) { return 99; }
__attribute__((constructor)) static void hello(void) { puts("unused.o extracted"); }
