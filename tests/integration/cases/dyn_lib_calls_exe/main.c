#include <dlfcn.h>
#include <stdio.h>
int app_config = 10;
char app_name[16] = "weld";
int app_hook(int x) { return x * 7; }
int app_private(int x) { return x; }
int lib_run(int x);
int main(void)
{
    int r = lib_run(3);
    printf("lib_run(3)=%d config=%d name=%s\n", r, app_config, app_name);
    printf("dlsym: app_hook %d app_config %d app_private %d\n", dlsym(RTLD_DEFAULT, "app_hook") == (void *)app_hook,
           dlsym(RTLD_DEFAULT, "app_config") == (void *)&app_config, dlsym(RTLD_DEFAULT, "app_private") != 0);
    return 0;
}
