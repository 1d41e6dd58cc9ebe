const char *foo_old(void) { return "foo@VER_1 (compat implementation)"; }
const char *foo_new(void) { return "foo@@VER_2 (new implementation)"; }
__asm__(".symver foo_old, foo@VER_1");
__asm__(".symver foo_new, foo@@VER_2");
const char *bar(void) { return "bar@@VER_1"; }
const char *baz(void) { return "baz@@VER_2"; }
