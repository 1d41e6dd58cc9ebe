#include <stdio.h>
int only_common[4];
__attribute__((constructor)) static void hello(void) { puts("com_only.o extracted"); }
