#include <dlfcn.h>
#include <stdio.h>

const char *x_version(void);
int x_twice(int);

int main(void)
{
    printf("%s, x_twice(21) = %d\n", x_version(), x_twice(21));
    void *h = dlopen("libx.so.1", RTLD_NOW | RTLD_NOLOAD);
    printf("loaded as libx.so.1: %d\n", h != NULL);
    return 0;
}
