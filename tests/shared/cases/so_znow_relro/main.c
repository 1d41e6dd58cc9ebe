#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
void now_report(int), lazy_report(int);
static void try_open(const char *lib) {
    void *h = dlopen(lib, RTLD_LAZY);
    if (h) {
        int (*f)(int) = (int (*)(int))dlsym(h, "maybe_call_missing");
        printf("%s: dlopen (lazy) succeeded, safe call returns %d\n", lib, f(0));
        dlclose(h);
    } else {
        const char *e = dlerror();
        printf("%s: dlopen (lazy) failed, error names the symbol: %s\n", lib,
               strstr(e, "undefined symbol: weld_test_missing_fn") ? "yes" : "no");
    }
}
int main(void) {
    puts("libnow.so (-z now -z relro):");
    now_report(1);
    puts("liblazy.so (-z lazy -z relro):");
    lazy_report(0);
    try_open("./liblazymiss.so");
    try_open("./libnowmiss.so");
    return 0;
}
