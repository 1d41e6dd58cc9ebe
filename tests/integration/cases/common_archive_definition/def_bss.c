#include <stdio.h>
int com_bss[2];
__attribute__((constructor)) static void hello(void) { printf("def_bss.o extracted (%zu bytes)\n", sizeof com_bss); }
