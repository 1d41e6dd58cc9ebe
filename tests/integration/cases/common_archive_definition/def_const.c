#include <stdio.h>
const int com_const = 7;
__attribute__((constructor)) static void hello(void) { puts("def_const.o extracted"); }
