#include "common.h"
#include <cstdio>

int main() {
    Addrs (*units[])() = {unit1, unit2, unit3, unit4, unit5, unit6, unit7};
    Addrs ref = units[0]();
    int mismatches = 0;
    for (int i = 0; i < 7; i++) {
        Addrs a = units[i]();
        int same = (a.twice_int == ref.twice_int) + (a.twice_dbl == ref.twice_dbl) +
                   (a.twice_str == ref.twice_str) + (a.hit_int == ref.hit_int) +
                   (a.hits_int == ref.hits_int) + (a.square == ref.square) +
                   (a.inl_var == ref.inl_var) + (a.vptr == ref.vptr) +
                   (a.poly_ti == ref.poly_ti);
        mismatches += 9 - same;
        std::printf("unit%d value %d same %d/9\n", i + 1, a.value, same);
    }
    // the addresses seen in main agree too
    std::printf("main twice<int> same: %d\n", (void *)&twice<int> == ref.twice_int);
    std::printf("main inline_global same: %d\n", (void *)&inline_global == ref.inl_var);
    std::printf("hits %d (one shared counter)\n", Counter<int>::hits);
    std::printf("mismatches %d\n", mismatches);
    return mismatches != 0;
}
