#include <dlfcn.h>
#include <stdio.h>
int app_counter = 5;
void app_log(const char *msg) { printf("[app_log] %s\n", msg); }
int app_square(int x) { return x * x; }
int main(void)
{
    void *h = dlopen("./plugin.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    int (*entry)(int) = (int (*)(int))dlsym(h, "plugin_entry");
    printf("plugin_entry(7) = %d\n", entry(7));
    int r = entry(3);
    printf("plugin_entry(3) = %d, app_counter = %d\n", r, app_counter);
    printf("dlsym(RTLD_DEFAULT, app_square) == app_square: %d\n", dlsym(RTLD_DEFAULT, "app_square") == (void *)app_square);
    dlclose(h);
    printf("after dlclose\n");
    return 0;
}
