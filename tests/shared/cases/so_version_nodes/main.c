#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

int a(int);
int b(int);

static void find(const char *sym, const char *ver, void *expect)
{
    void *p = dlvsym(RTLD_DEFAULT, sym, ver);
    if (p) printf("dlvsym(%s, %s): found, is the linked one: %d\n", sym, ver, p == expect);
    else printf("dlvsym(%s, %s): not found\n", sym, ver);
}

int main(void)
{
    printf("a(1) = %d, b(1) = %d\n", a(1), b(1));
    find("a", "VER_1", (void *)a);
    find("b", "VER_2", (void *)b);
    find("b", "VER_1", NULL);
    find("a", "VER_2", NULL);
    printf("dlsym(helper): %s\n", dlsym(RTLD_DEFAULT, "helper") ? "found" : "not found");
    return 0;
}
