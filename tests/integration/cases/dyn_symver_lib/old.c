/* a reference to the old version, as an old binary would have */
int foo(int x);
__asm__(".symver foo, foo@VER_1");
int call_old_foo(int x) { return foo(x); }
