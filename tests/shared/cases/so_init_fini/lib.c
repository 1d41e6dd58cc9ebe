#include "say.h"

__attribute__((constructor(200))) static void c200(void) { say("lib: constructor 200"); }
__attribute__((constructor(101))) static void c101(void) { say("lib: constructor 101"); }
__attribute__((constructor)) static void cdef(void) { say("lib: constructor default"); }
__attribute__((destructor(101))) static void d101(void) { say("lib: destructor 101"); }
__attribute__((destructor(200))) static void d200(void) { say("lib: destructor 200"); }
__attribute__((destructor)) static void ddef(void) { say("lib: destructor default"); }

void my_init(void) { say("lib: my_init (DT_INIT)"); }
void my_fini(void) { say("lib: my_fini (DT_FINI)"); }
void lib_hello(void) { say("lib: lib_hello"); }
