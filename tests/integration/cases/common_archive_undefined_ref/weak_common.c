#include <stdio.h>
int weak_com;
__attribute__((constructor)) static void hello(void) { puts("weak_common.o extracted"); }
