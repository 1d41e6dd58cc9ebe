#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
const char *foo(void), *bar(void), *baz(void);
typedef const char *(*fn)(void);
int main(void) {
    printf("foo: %s\n", foo());
    printf("bar: %s\n", bar());
    printf("baz: %s\n", baz());
    void *h = dlopen("libfoo.so.1", RTLD_NOW | RTLD_NOLOAD);
    fn d = (fn)dlsym(h, "foo"), v1 = (fn)dlvsym(h, "foo", "VER_1"), v2 = (fn)dlvsym(h, "foo", "VER_2");
    printf("dlsym foo: %s\n", d ? d() : "not found");
    printf("dlvsym foo VER_1: %s\n", v1 ? v1() : "not found");
    printf("dlvsym foo VER_2: %s\n", v2 ? v2() : "not found");
    printf("dlvsym baz VER_1: %s\n", dlvsym(h, "baz", "VER_1") ? "found" : "not found");
    printf("foo_old/foo_new exported: %s\n", dlsym(h, "foo_old") || dlsym(h, "foo_new") ? "yes" : "no");
    return 0;
}
