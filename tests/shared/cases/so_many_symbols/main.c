#include <dlfcn.h>
#include <stdio.h>
int many_fn_0(int), many_fn_1(int), many_fn_1499(int), many_fn_1500(int), many_fn_2999(int);
extern long many_var_0, many_var_1, many_var_499, many_var_500, many_var_999;
extern int (*const many_table[3000])(int);
int many_walk(void);
int main(void) {
    printf("direct calls: %d %d %d %d %d\n", many_fn_0(1), many_fn_1(1), many_fn_1499(1),
           many_fn_1500(1), many_fn_2999(1));
    printf("direct variables: %ld %ld %ld %ld %ld\n", many_var_0, many_var_1, many_var_499,
           many_var_500, many_var_999);
    printf("library walk of its pointer table: %d/3000 ok\n", many_walk());
    printf("table entry 2999 == &many_fn_2999: %s\n", many_table[2999] == many_fn_2999 ? "yes" : "NO");
    void *h = dlopen("libmany.so", RTLD_NOW | RTLD_NOLOAD);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    char name[32];
    int fn_ok = 0, var_ok = 0;
    long sum = 0;
    for (int i = 0; i < 3000; i++) {
        snprintf(name, sizeof name, "many_fn_%d", i);
        int (*f)(int) = (int (*)(int))dlsym(h, name);
        if (f && f(2) == 6 + i) fn_ok++;
        else printf("bad function %s\n", name);
    }
    for (int i = 0; i < 1000; i++) {
        snprintf(name, sizeof name, "many_var_%d", i);
        long *v = (long *)dlsym(h, name);
        if (v) sum += *v;
        if (v && *v == 7L * i) var_ok++;
        else printf("bad variable %s\n", name);
    }
    printf("dlsym: %d/3000 functions ok, %d/1000 variables ok, sum %ld\n", fn_ok, var_ok, sum);
    printf("dlsym of a missing name: %s\n", dlsym(h, "many_fn_3000") ? "found" : "not found");
    return 0;
}
