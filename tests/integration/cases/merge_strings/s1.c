#include <stddef.h>
const char *s1_hello(void) { return "hello, merged world"; }
const char *s1_own(void) { return "only in s1"; }
const char *s1_common2(void) { return "second common string"; }
const char *s1_empty(void) { return ""; }
const char *s1_suffix(void) { return "world"; }
