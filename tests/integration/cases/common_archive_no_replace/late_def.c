#include <stdio.h>
int com_late = 77;
__attribute__((constructor)) static void hello(void) { puts("late_def.o extracted"); }
