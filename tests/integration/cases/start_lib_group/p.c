#include <stdio.h>
int ar_fn(void);
int p_fn(void) { return 1 + ar_fn(); }
__attribute__((constructor)) static void hello(void) { puts("p.o extracted"); }
