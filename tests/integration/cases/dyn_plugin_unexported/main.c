#include <dlfcn.h>
#include <stdio.h>
void app_log(const char *msg) { printf("[app_log] %s\n", msg); }
int main(void)
{
    void *h = dlopen("./plugin.so", RTLD_NOW);
    printf("RTLD_NOW: %s\n", h ? "loaded" : dlerror());
    h = dlopen("./plugin.so", RTLD_LAZY);
    printf("RTLD_LAZY: %s\n", h ? "loaded" : dlerror());
    if (h) {
        int (*pure)(int) = (int (*)(int))dlsym(h, "plugin_pure");
        printf("plugin_pure(20) = %d\n", pure(20));
    }
    printf("dlsym(RTLD_DEFAULT, app_log) found: %d\n", dlsym(RTLD_DEFAULT, "app_log") != 0);
    app_log("direct call");
    return 0;
}
