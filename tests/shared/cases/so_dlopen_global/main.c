#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    void *p = dlopen("libprovider.so", RTLD_NOW | RTLD_LOCAL);
    if (!p) { printf("provider: %s\n", dlerror()); return 1; }
    void *c = dlopen("libconsumer.so", RTLD_NOW);
    printf("consumer with provider RTLD_LOCAL: %s\n",
           c ? "loaded (unexpected)" : strstr(dlerror(), "undefined symbol: provider_") ? "fails, undefined symbol provider_*" : "fails");
    void *p2 = dlopen("libprovider.so", RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL);
    printf("promoted provider to RTLD_GLOBAL: %s\n", p2 == p ? "same handle" : "other");
    c = dlopen("libconsumer.so", RTLD_NOW);
    if (!c) { printf("consumer: %s\n", dlerror()); return 1; }
    const char *(*run)(int) = (const char *(*)(int))dlsym(c, "consumer_run");
    printf("%s\n", run(1));
    printf("%s\n", run(2));
    int *v = (int *)dlsym(p, "provider_value");
    printf("provider_value seen through the provider handle: %d\n", *v);
    printf("consumer_run found through the default scope: %s\n",
           dlsym(RTLD_DEFAULT, "consumer_run") ? "yes" : "no (consumer is local)");
    dlclose(c);
    dlclose(p2);
    dlclose(p);
    return 0;
}
