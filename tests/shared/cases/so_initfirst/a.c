#include <unistd.h>
__attribute__((constructor)) static void c(void) { write(1, "liba ctor\n", 10); }
__attribute__((destructor)) static void d(void) { write(1, "liba dtor\n", 10); }
int a_fn(void) { return 2; }
