#include <stdlib.h>
#include <string.h>
#include <unistd.h>
void lib_say(const char *s) { write(1, s, strlen(s)); write(1, "\n", 1); }
static void from_ctor(void) { lib_say("lib atexit handler registered by the constructor"); }
static void exit_again(void) { lib_say("lib atexit handler calling exit(7)"); exit(7); }
static void late(void) { lib_say("lib atexit handler registered before exit_again"); }
__attribute__((constructor)) static void lib_ctor(void) { atexit(from_ctor); }
__attribute__((destructor)) static void lib_dtor(void) { lib_say("lib destructor"); }
void lib_register(void) { atexit(late); atexit(exit_again); }
