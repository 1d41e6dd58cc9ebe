#include <dlfcn.h>
#include <stdio.h>
int main(void)
{
    void *h = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
    if (!h) { printf("dlopen libm: %s\n", dlerror()); return 1; }
    double (*cosp)(double) = (double (*)(double))dlsym(h, "cos");
    double (*sqrtp)(double) = (double (*)(double))dlsym(h, "sqrt");
    double (*powp)(double, double) = (double (*)(double, double))dlsym(h, "pow");
    double (*ldexpp)(double, int) = (double (*)(double, int))dlsym(h, "ldexp");
    printf("cos(0)=%.3f sqrt(81)=%.3f pow(2,10)=%.1f ldexp(3,4)=%.1f\n", cosp(0.0), sqrtp(81.0), powp(2, 10), ldexpp(3, 4));
    printf("missing symbol: %s\n", dlsym(h, "no_such_function_xyz") ? "found" : "not found");
    printf("dlclose: %d\n", dlclose(h));
    void *bad = dlopen("libweld-does-not-exist.so", RTLD_NOW);
    printf("missing library: %s\n", bad ? "loaded?!" : dlerror());
    return 0;
}
