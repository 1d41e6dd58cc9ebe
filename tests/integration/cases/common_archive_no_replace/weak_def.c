#include <stdio.h>
__attribute__((weak)) int com_weak = 5;
__attribute__((constructor)) static void hello(void) { puts("weak_def.o extracted"); }
