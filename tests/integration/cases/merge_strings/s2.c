#include <stddef.h>
const char *s2_hello(void) { return "hello, merged world"; }
const char *s2_own(void) { return "only in s2"; }
const char *s2_common2(void) { return "second common string"; }
const char *s2_empty(void) { return ""; }
const char *s2_suffix(void) { return "world"; }
