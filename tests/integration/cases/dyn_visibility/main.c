#include <dlfcn.h>
#include <stdio.h>
int prot_fn(void) { return 2; }          /* same names as in the library */
int def_fn(void) { return 2; }
int hid_fn(void) { return 2; }
__attribute__((visibility("hidden"))) int exe_hidden(void) { return 7; }
__attribute__((visibility("internal"))) int exe_internal(void) { return 8; }
__attribute__((visibility("protected"))) int exe_protected(void) { return 9; }
int lib_calls(void);
int lib_bump_prot(void);
int main(void)
{
    printf("exe calls: %d %d %d, lib calls (prot*100+def*10+hid): %d\n", prot_fn(), def_fn(), hid_fn(), lib_calls());
    int c1 = lib_bump_prot();
    int c2 = lib_bump_prot();
    printf("lib protected counter: %d %d\n", c1, c2);
    printf("dlsym: exe_hidden %d exe_internal %d exe_protected %d def_fn==exe's %d\n",
           dlsym(RTLD_DEFAULT, "exe_hidden") != 0, dlsym(RTLD_DEFAULT, "exe_internal") != 0,
           dlsym(RTLD_DEFAULT, "exe_protected") == (void *)exe_protected, dlsym(RTLD_DEFAULT, "def_fn") == (void *)def_fn);
    return exe_hidden() + exe_internal() + exe_protected() - 24;
}
