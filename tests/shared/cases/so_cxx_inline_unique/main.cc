#include "inl.h"
#include <cstdio>
static const char *yn(bool b) { return b ? "yes" : "NO"; }
int main() {
    int a = bump(), b = lib_bump(), c2 = bump(), d = lib_bump();
    printf("bump prog=%d lib=%d prog=%d lib=%d\n", a, b, c2, d);
    printf("counter() same object: %s, value %d\n", yn(&counter() == lib_counter_addr()), counter());
    Reg<long>::count += 5;
    int c = lib_reg_add(77);
    printf("Reg<long>::count same object: %s, value %d (lib saw %d), last=%ld\n",
           yn(&Reg<long>::count == lib_reg_addr()), Reg<long>::count, c, Reg<long>::last);
    int *iv = lib_inline_var_addr();
    printf("inline variable same object: %s, value %d\n", yn(iv == &shared_inline_var), shared_inline_var);
    int *tc = lib_tcounter_addr();
    ++*tcounter<7>();
    printf("template static local same object: %s, value %d\n", yn(tc == tcounter<7>()), *tc);
    printf("&bump same in lib and prog: %s\n", yn(lib_bump_addr() == &bump));
    return 0;
}
