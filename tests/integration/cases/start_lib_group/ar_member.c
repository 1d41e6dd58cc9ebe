#include <stdio.h>
int q_fn(void);
int ar_fn(void) { return 20 + q_fn(); }
__attribute__((constructor)) static void hello(void) { puts("ar_member.o extracted"); }
