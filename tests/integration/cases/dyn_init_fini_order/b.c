#include <unistd.h>
#include <string.h>
void say(const char *s) { write(1, s, strlen(s)); write(1, "\n", 1); }   /* unbuffered, in order */
__attribute__((constructor)) static void b_ctor(void) { say("libb constructor"); }
__attribute__((destructor)) static void b_dtor(void) { say("libb destructor"); }
