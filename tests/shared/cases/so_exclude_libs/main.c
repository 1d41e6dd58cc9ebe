#include <dlfcn.h>
#include <stdio.h>
int main(void) {
    const char *libs[] = {"./libplain.so", "./libexall.so", "./libexnamed.so", "./libexother.so"};
    const char *syms[] = {"api_compute", "api_counter", "helper_fn", "helper_other",
                          "helper_counter", "keep_fn"};
    for (int i = 0; i < 4; i++) {
        void *h = dlopen(libs[i], RTLD_NOW | RTLD_LOCAL);
        if (!h) { printf("%s: %s\n", libs[i], dlerror()); return 1; }
        int (*compute)(int) = (int (*)(int))dlsym(h, "api_compute");
        int (*counter)(void) = (int (*)(void))dlsym(h, "api_counter");
        int r1 = compute(1), r2 = compute(2);
        printf("%s: api_compute(1)=%d api_compute(2)=%d counter=%d\n", libs[i] + 2, r1, r2, counter());
        for (int j = 0; j < 6; j++)
            printf("  %-15s %s\n", syms[j], dlsym(h, syms[j]) ? "exported" : "not exported");
        dlclose(h);
    }
    return 0;
}
