#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
const char *dual(void), *dualx(void), *one(void), *rdual(void), *rone(void);
static void where(void *h, const char *sym) {
    printf("  %-5s:", sym);
    const char *vers[] = {"V1", "V2"};
    for (int i = 0; i < 2; i++)
        if (dlvsym(h, sym, vers[i])) printf(" @%s", vers[i]);
    printf("\n");
}
int main(void) {
    printf("calls: %s %s %s %s %s\n", dual(), dualx(), one(), rdual(), rone());
    void *t = dlopen("libtwo.so", RTLD_NOW | RTLD_NOLOAD), *r = dlopen("librev.so", RTLD_NOW | RTLD_NOLOAD);
    puts("libtwo.so versions:");
    where(t, "dual");
    where(t, "dualx");
    where(t, "one");
    puts("librev.so versions:");
    where(r, "rdual");
    where(r, "rone");
    return 0;
}
