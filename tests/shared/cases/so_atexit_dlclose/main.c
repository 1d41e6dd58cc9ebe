#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
static void prog_exit(void) { puts("program atexit handler"); }
int main(void) {
    atexit(prog_exit);
    for (int round = 1; round <= 2; round++) {
        printf("round %d: dlopen\n", round);
        void *h = dlopen("libteardown.so", RTLD_NOW | RTLD_LOCAL);
        if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
        const char *(*use)(void) = (const char *(*)(void))dlsym(h, "td_use");
        int (*loads)(void) = (int (*)(void))dlsym(h, "td_loads");
        printf("round %d: using %s, td_loads() = %d\n", round, use(), loads());
        printf("round %d: dlclose\n", round);
        dlclose(h);
        void *again = dlopen("libteardown.so", RTLD_NOW | RTLD_NOLOAD);
        printf("round %d: after dlclose, library still loaded: %s\n", round, again ? "yes" : "no");
    }
    puts("main returns");
    return 0;
}
