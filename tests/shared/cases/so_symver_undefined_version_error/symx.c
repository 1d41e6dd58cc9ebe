int foo_impl(void) { return 1; }
__asm__(".symver foo_impl, foo@@VER_X");
int other(void) { return 2; }
