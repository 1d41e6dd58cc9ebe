#include <stdio.h>
#include <string.h>
static char buf[64];
const char *lib_greet(const char *who) { snprintf(buf, sizeof buf, "hello, %s", who); return buf; }
const char *lib_greet_twice(const char *who) { static char b2[160]; snprintf(b2, sizeof b2, "[%s]", lib_greet(who)); return b2; }
