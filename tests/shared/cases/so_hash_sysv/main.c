#include <dlfcn.h>
#include <stdio.h>
int sysv_fn_0(void), sysv_fn_299(void), both_fn_0(void), both_fn_150(void);
extern int sysv_var, both_var;
static void probe(const char *lib, const char *prefix) {
    void *h = dlopen(lib, RTLD_NOW | RTLD_NOLOAD);
    if (!h) { printf("%s: %s\n", lib, dlerror()); return; }
    char name[48];
    int ok = 0, missing_found = 0;
    for (int i = 0; i < 300; i++) {
        snprintf(name, sizeof name, "%s_fn_%d", prefix, i);
        int (*f)(void) = (int (*)(void))dlsym(h, name);
        ok += f && f() == i;
        snprintf(name, sizeof name, "%s_fn_%d", prefix, i + 300);
        missing_found += dlsym(h, name) != NULL;
        snprintf(name, sizeof name, "%s_fnx_%d", prefix, i);
        missing_found += dlsym(h, name) != NULL;
    }
    snprintf(name, sizeof name, "%s_var", prefix);
    int *v = (int *)dlsym(h, name);
    printf("%s: %d/300 functions found and correct, %d absent names found, %s = %d\n", lib, ok,
           missing_found, name, v ? *v : -1);
}
int main(void) {
    printf("direct: %d %d %d %d vars %d %d\n", sysv_fn_0(), sysv_fn_299(), both_fn_0(), both_fn_150(),
           sysv_var, both_var);
    probe("libsysv.so", "sysv");
    probe("libboth.so", "both");
    void *h = dlopen("libsysv.so", RTLD_NOW | RTLD_NOLOAD);
    printf("libsysv.so does not define both_fn_0: %s\n", dlsym(h, "both_fn_0") ? "NO, found" : "yes");
    return 0;
}
