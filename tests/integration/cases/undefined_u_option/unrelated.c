#include <stdio.h>
__attribute__((constructor)) static void other_ctor(void) { puts("unrelated ctor ran!"); }
void unrelated(void) {}
