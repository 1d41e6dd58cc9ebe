#include <dlfcn.h>
#include <stdio.h>

int host_counter;

void host_log(const char *msg)
{
    host_counter++;
    printf("host_log #%d: %s\n", host_counter, msg);
}

int main(void)
{
    void *h = dlopen("./plugin.so", RTLD_NOW);
    if (!h) { printf("dlopen failed: %s\n", dlerror()); return 1; }
    const char *(*name)(void) = (const char *(*)(void))dlsym(h, "plugin_name");
    int (*run)(int) = (int (*)(int))dlsym(h, "plugin_run");
    int *calls = dlsym(h, "plugin_calls");
    if (!name || !run || !calls) { printf("dlsym failed\n"); return 1; }
    printf("plugin name: %s\n", name());
    printf("plugin_run(5) = %d\n", run(5));
    printf("plugin_run(6) = %d\n", run(6));
    printf("host_counter = %d, plugin_calls = %d\n", host_counter, *calls);
    dlclose(h);
    printf("after dlclose, host_counter = %d\n", host_counter);
    return 0;
}
