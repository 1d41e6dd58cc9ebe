#include <stdio.h>
int grp_value;
__attribute__((constructor)) static void hello(void) { puts("late_common.o extracted"); }
