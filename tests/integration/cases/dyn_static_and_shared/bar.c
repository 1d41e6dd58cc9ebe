int bar_twice(int x) { return 2 * x; }
const char *bar_origin(void) { return "libbar.so"; }
