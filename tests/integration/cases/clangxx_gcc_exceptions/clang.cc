#include "err.h"
int Count::alive;
// clang frame: calls into gcc, catches GccErr, throws its own
int clang_side(int k) {
    Count c;
    if (k == 0) throw ClangErr(0);
    try {
        return gcc_side(k - 1) + 1;
    } catch (const GccErr &e) {
        if (e.n % 2) throw ClangErr(e.n * 10);
        return 1000 + e.n;
    }
}
