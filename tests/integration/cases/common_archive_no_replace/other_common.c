#include <stdio.h>
int com_other[16];
int com_late;
__attribute__((constructor)) static void hello(void) { puts("other_common.o extracted"); }
