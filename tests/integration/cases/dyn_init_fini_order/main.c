#include <stdlib.h>
void a_say(const char *s);
#define say a_say
void a_hello(void);
static void pre(void) { /* libb is not initialised yet: no say() here */ }
static int pre_ran;
static void pre_mark(void) { pre_ran = 1; }
__attribute__((section(".preinit_array"), used)) static void (*preinit[])(void) = {pre, pre_mark};
__attribute__((constructor(101))) static void exe_ctor_101(void) { say(pre_ran ? "exe constructor 101 (preinit ran)" : "exe constructor 101 (no preinit)"); }
__attribute__((constructor)) static void exe_ctor(void) { say("exe constructor"); }
__attribute__((destructor)) static void exe_dtor(void) { say("exe destructor"); }
static void at1(void) { say("atexit 1"); }
static void at2(void) { say("atexit 2"); }
int main(void)
{
    say("main");
    atexit(at1);
    atexit(at2);
    a_hello();
    return 0;
}
