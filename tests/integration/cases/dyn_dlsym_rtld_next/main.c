#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
const char *lib_greet_twice(const char *who);
static int calls;
const char *lib_greet(const char *who)
{
    static char out[128];
    const char *(*real)(const char *) = (const char *(*)(const char *))dlsym(RTLD_NEXT, "lib_greet");
    calls++;
    snprintf(out, sizeof out, "wrapped(%s)", real ? real(who) : "no RTLD_NEXT");
    return out;
}
int main(void)
{
    printf("%s\n", lib_greet("exe"));
    printf("%s\n", lib_greet_twice("lib"));
    printf("wrapper calls: %d, RTLD_DEFAULT finds the exe's: %d\n", calls, dlsym(RTLD_DEFAULT, "lib_greet") == (void *)lib_greet);
    return 0;
}
