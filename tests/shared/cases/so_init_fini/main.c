#include "say.h"

void lib_hello(void);

__attribute__((constructor(101))) static void c101(void) { say("prog: constructor 101"); }
__attribute__((constructor)) static void cdef(void) { say("prog: constructor default"); }
__attribute__((destructor(101))) static void d101(void) { say("prog: destructor 101"); }
__attribute__((destructor)) static void ddef(void) { say("prog: destructor default"); }

int main(void)
{
    say("prog: main");
    lib_hello();
    return 0;
}
