#include <stdio.h>
int two_step;
__attribute__((constructor)) static void hello(void) { puts("step_common.o extracted"); }
