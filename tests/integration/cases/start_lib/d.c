#include <stdio.h>
int c_value = 64;
__attribute__((constructor)) static void hello(void) { puts("d.o extracted"); }
