#include <stdio.h>
int two_step = 99;
__attribute__((constructor)) static void hello(void) { puts("step_def.o extracted"); }
