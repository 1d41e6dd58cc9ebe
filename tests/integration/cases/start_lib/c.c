#include <stdio.h>
int c_value; /* COMMON */
int c_fn(void) { return c_value; }
__attribute__((constructor)) static void hello(void) { puts("c.o extracted"); }
