#include <stdio.h>
int late_fn(void) { return 4000; }
__attribute__((constructor)) static void hello(void) { puts("late.o extracted"); }
