#include <dlfcn.h>
#include <stdio.h>
int lib_entry(int x);
int app_callback(int x) { return x * 4; }
int app_data = 9;
int keep_me(void) { return 77; }
int unused_function(void) { return 1; }
static int ctor_ran;
__attribute__((constructor)) static void ctor(void) { ctor_ran = 1; }
int main(void)
{
    int (*k)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, "keep_me");
    printf("lib_entry(2)=%d ctor=%d keep_me=%d app_callback exported=%d\n", lib_entry(2), ctor_ran, k ? k() : -1,
           dlsym(RTLD_DEFAULT, "app_callback") != 0);
    return 0;
}
