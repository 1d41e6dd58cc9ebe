#include <dlfcn.h>
#include <stdio.h>
const char *dep_name(void);
const char *top_dep(void) { return dep_name(); }
int top_dlopen(void) {
    void *h = dlopen("libdlo.so", RTLD_NOW);
    if (!h) { printf("dlopen libdlo.so failed\n"); return -1; }
    int (*f)(void) = (int (*)(void))dlsym(h, "dlo_value");
    int v = f ? f() : -2;
    dlclose(h);
    return v;
}
