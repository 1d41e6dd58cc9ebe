int bar_twice(int x);
#ifdef WRONG
const char *foo_origin(void) { return "libfoo.so (wrong)"; }
#else
const char *foo_origin(void) { return "libfoo.a"; }
#endif
int foo_compute(int x) { return bar_twice(x) + 1; }
