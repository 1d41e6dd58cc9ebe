#include <stdio.h>
int b_fn(void) { return 5; }
__attribute__((constructor)) static void hello(void) { puts("b.o extracted"); }
