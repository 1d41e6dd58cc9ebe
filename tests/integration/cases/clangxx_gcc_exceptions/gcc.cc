#include "err.h"
// gcc frame: calls into clang, catches ClangErr, throws its own
int gcc_side(int k) {
    Count c;
    if (k == 0) throw GccErr(8);
    try {
        return clang_side(k - 1) + 100;
    } catch (const ClangErr &e) {
        if (e.n < 50) throw GccErr(e.n + 1);
        throw;    // rethrow the clang-allocated exception from a gcc frame
    }
}
