#include <stdio.h>
int grp_value;      /* COMMON until libdef.a is searched again */
int need(void) { return grp_value; }
__attribute__((constructor)) static void hello(void) { puts("need.o extracted"); }
