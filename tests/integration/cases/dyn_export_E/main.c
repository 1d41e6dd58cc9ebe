#include <dlfcn.h>
#include <stdio.h>
int global_var = 37;
int global_func(int x) { return x + 1; }
static int static_func(int x) { return x - 1; }
__attribute__((visibility("hidden"))) int hidden_func(int x) { return x * 2; }
const char global_rodata[] = "exported rodata";
int global_bss[32];
int main(void)
{
    const char *s = dlsym(RTLD_DEFAULT, "global_rodata");
    printf("global_var %d global_func %d global_bss %d rodata \"%s\" main %d\n",
           dlsym(RTLD_DEFAULT, "global_var") == (void *)&global_var, dlsym(RTLD_DEFAULT, "global_func") == (void *)global_func,
           dlsym(RTLD_DEFAULT, "global_bss") == (void *)global_bss, s ? s : "(null)", dlsym(RTLD_DEFAULT, "main") != 0);
    printf("static_func %d hidden_func %d\n", dlsym(RTLD_DEFAULT, "static_func") != 0, dlsym(RTLD_DEFAULT, "hidden_func") != 0);
    void *h = dlopen("./plugin.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    int (*run)(void) = (int (*)(void))dlsym(h, "plugin_run");
    int r = run();
    printf("plugin_run = %d, global_var = %d\n", r, global_var);
    return static_func(1) + hidden_func(0);
}
