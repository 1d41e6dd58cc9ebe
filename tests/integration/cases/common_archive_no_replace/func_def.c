#include <stdio.h>
int com_func(void) { return 9; }
__attribute__((constructor)) static void hello(void) { puts("func_def.o extracted"); }
