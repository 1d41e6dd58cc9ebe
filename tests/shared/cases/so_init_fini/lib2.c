#include "say.h"

__attribute__((constructor)) static void cdef2(void) { say("lib2: constructor default"); }
__attribute__((constructor(150))) static void c150(void) { say("lib2: constructor 150"); }
__attribute__((destructor(150))) static void d150(void) { say("lib2: destructor 150"); }
__attribute__((destructor)) static void ddef2(void) { say("lib2: destructor default"); }
