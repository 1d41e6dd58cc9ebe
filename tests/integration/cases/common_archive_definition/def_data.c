#include <stdio.h>
int com_data = 42;
__attribute__((constructor)) static void hello(void) { puts("def_data.o extracted"); }
