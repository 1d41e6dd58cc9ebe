#include <dlfcn.h>
#include <stdio.h>
int api_double(int x) { return 2 * x; }
int api_triple(int x) { return 3 * x; }
int app_value = 1000;
int not_listed(int x) { return x; }
int main(void)
{
    printf("dlsym: api_double %d api_triple %d app_value %d not_listed %d main %d\n",
           dlsym(RTLD_DEFAULT, "api_double") == (void *)api_double, dlsym(RTLD_DEFAULT, "api_triple") == (void *)api_triple,
           dlsym(RTLD_DEFAULT, "app_value") == (void *)&app_value, dlsym(RTLD_DEFAULT, "not_listed") != 0,
           dlsym(RTLD_DEFAULT, "main") != 0);
    void *h = dlopen("./plugin.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    int (*run)(int) = (int (*)(int))dlsym(h, "plugin_run");
    printf("plugin_run(21) = %d\n", run(21));
    return not_listed(0);
}
