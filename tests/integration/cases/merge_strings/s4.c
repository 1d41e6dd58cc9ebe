#include <stddef.h>
const char *s4_hello(void) { return "hello, merged world"; }
const char *s4_own(void) { return "only in s4"; }
const char *s4_common2(void) { return "second common string"; }
const char *s4_empty(void) { return ""; }
const char *s4_suffix(void) { return "world"; }
