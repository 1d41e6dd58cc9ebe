#include <stdio.h>
int q_fn(void) { return 300; }
__attribute__((constructor)) static void hello(void) { puts("q.o extracted"); }
