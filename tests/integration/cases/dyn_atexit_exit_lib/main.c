#include <stdlib.h>
void lib_say(const char *s);
void lib_register(void);
static void exe_handler(void) { lib_say("exe atexit handler"); }
__attribute__((destructor)) static void exe_dtor(void) { lib_say("exe destructor"); }
int main(void)
{
    atexit(exe_handler);
    lib_register();
    lib_say("main returns 0");
    return 0;
}
