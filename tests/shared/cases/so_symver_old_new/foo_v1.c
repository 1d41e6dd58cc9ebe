const char *foo(void) { return "foo v1 (old library build)"; }
const char *bar(void) { return "bar v1"; }
