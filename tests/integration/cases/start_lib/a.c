#include <stdio.h>
int b_fn(void);
int a_fn(void) { return 10 + b_fn(); }
__attribute__((constructor)) static void hello(void) { puts("a.o extracted"); }
