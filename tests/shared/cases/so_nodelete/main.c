#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    void *h = dlopen("./libnd.so", RTLD_NOW);
    if (!h) { printf("dlopen failed: %s\n", dlerror()); return 1; }
    int (*bump)(void) = (int (*)(void))dlsym(h, "bump");
    int a = bump(), b = bump();
    printf("bump: %d %d\n", a, b);
    printf("dlclose: %d\n", dlclose(h));
    printf("after dlclose\n");
    void *n = dlopen("./libnd.so", RTLD_NOW | RTLD_NOLOAD);
    printf("still loaded (RTLD_NOLOAD): %d\n", n != NULL);
    h = dlopen("./libnd.so", RTLD_NOW);
    int (*bump2)(void) = (int (*)(void))dlsym(h, "bump");
    printf("same bump address: %d, bump: %d\n", bump2 == bump, bump2());
    printf("main returns\n");
    return 0;
}
