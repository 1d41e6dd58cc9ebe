int foo_v1(void) { return 1; }
int foo_v2(void) { return 2; }
__asm__(".symver foo_v1, foo@LIB_1");
__asm__(".symver foo_v2, foo@@LIB_2");
