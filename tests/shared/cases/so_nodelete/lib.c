#include <string.h>
#include <unistd.h>

static void say(const char *s) { write(1, s, strlen(s)); write(1, "\n", 1); }
static int counter;

__attribute__((constructor)) static void init(void) { say("lib: constructor"); }
__attribute__((destructor)) static void fini(void) { say("lib: destructor"); }
int bump(void) { return ++counter; }
