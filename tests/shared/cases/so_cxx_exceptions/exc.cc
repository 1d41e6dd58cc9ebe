#include "exc.h"
namespace exc {
const char *LibError::what() const noexcept { return "exc::LibError"; }
const char *DerivedError::what() const noexcept { return "exc::DerivedError"; }
void throw_lib(int code) {
    if (code < 0) throw DerivedError(code);
    throw LibError(code);
}
void throw_std(const std::string &msg) { throw std::runtime_error("lib: " + msg); }
void throw_int(int v) { throw v; }
int call_cb(void (*cb)(int), int v) {
    struct Guard { int *n; ~Guard() { ++*n; } };
    static int unwound = 0;
    { Guard g{&unwound}; cb(v); }
    return unwound;
}
int internal_catch(int v) {
    try { throw_lib(v); } catch (const LibError &e) { return e.code * 2; }
    return 0;
}
}
