#include "lib.h"
#include <cstdio>
LibError::~LibError() {}
void lib_throw(int kind)
{
    switch (kind) {
    case 0: throw LibError("lib failure", 42);
    case 1: throw 7;
    case 2: throw std::string("a string from the library");
    default: throw std::logic_error("logic in lib");
    }
}
struct Guard { int x; ~Guard() { std::printf("  lib Guard(%d) destroyed\n", x); } };
int lib_call_through(void (*cb)(int), int x)
{
    Guard g{x};
    cb(x);
    return x;
}
