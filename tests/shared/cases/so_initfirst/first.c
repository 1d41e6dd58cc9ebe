#include <unistd.h>
__attribute__((constructor)) static void c(void) { write(1, "libfirst ctor\n", 14); }
__attribute__((destructor)) static void d(void) { write(1, "libfirst dtor\n", 14); }
int first_fn(void) { return 1; }
