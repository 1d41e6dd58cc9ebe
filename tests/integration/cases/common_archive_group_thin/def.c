#include <stdio.h>
int grp_value = 31;
__attribute__((constructor)) static void hello(void) { puts("def.o extracted"); }
