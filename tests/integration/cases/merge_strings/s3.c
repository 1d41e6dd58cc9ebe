#include <stddef.h>
const char *s3_hello(void) { return "hello, merged world"; }
const char *s3_own(void) { return "only in s3"; }
const char *s3_common2(void) { return "second common string"; }
const char *s3_empty(void) { return ""; }
const char *s3_suffix(void) { return "world"; }
