const char *foo_name(void) { return "libfoo.so.1"; }
