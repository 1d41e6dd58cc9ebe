#include <dlfcn.h>
#include <stdio.h>
int main(void) {
    const char *libs[] = {"./libwhole.so", "./libpartial.so"};
    const char *syms[] = {"glue_report", "parts_count", "alpha_fn", "beta_fn", "gamma_fn",
                          "util_scale", "extra_used", "extra_unused"};
    for (int i = 0; i < 2; i++) {
        void *h = dlopen(libs[i], RTLD_NOW | RTLD_LOCAL);
        if (!h) { printf("%s: %s\n", libs[i], dlerror()); return 1; }
        int (*rep)(int) = (int (*)(int))dlsym(h, "glue_report");
        int (*cnt)(void) = (int (*)(void))dlsym(h, "parts_count");
        printf("%s: registered parts %d, glue_report(1) = %d\n", libs[i] + 2, cnt(), rep(1));
        for (int j = 0; j < 8; j++) printf("  %-12s %s\n", syms[j], dlsym(h, syms[j]) ? "exported" : "absent");
        int (*g)(int) = (int (*)(int))dlsym(h, "gamma_fn");
        if (g) printf("  gamma_fn(2) = %d\n", g(2));
        dlclose(h);
    }
    return 0;
}
