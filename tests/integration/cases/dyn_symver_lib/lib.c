__asm__(".symver foo_v1, foo@VER_1");
__asm__(".symver foo_v2, foo@@VER_2");
int foo_v1(int x) { return x + 1; }
int foo_v2(int x) { return x + 2000; }
int bar(int x) { return x * 10; }
int baz(int x) { return foo_v2(x) - 1; }
