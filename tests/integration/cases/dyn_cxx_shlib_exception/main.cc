#include "lib.h"
#include <cstdio>
#include <exception>
struct AppError { int v; };
static void callback(int x) { if (x > 1) throw AppError{x * 100}; }
int main()
{
    for (int k = 0; k < 4; k++) {
        try {
            lib_throw(k);
        } catch (const LibError &e) {
            std::printf("caught LibError: %s code=%d\n", e.what(), e.code);
        } catch (int i) {
            std::printf("caught int %d\n", i);
        } catch (const std::string &s) {
            std::printf("caught string: %s\n", s.c_str());
        } catch (const std::exception &e) {
            std::printf("caught std::exception: %s\n", e.what());
        }
    }
    try { lib_throw(0); } catch (const std::runtime_error &e) { std::printf("as runtime_error: %s\n", e.what()); }
    for (int x = 1; x <= 2; x++) {
        try {
            std::printf("lib_call_through(%d) returned %d\n", x, lib_call_through(callback, x));
        } catch (const AppError &e) {
            std::printf("caught AppError %d through the library\n", e.v);
        }
    }
    std::exception_ptr p;
    try { lib_throw(0); } catch (...) { p = std::current_exception(); }
    try { std::rethrow_exception(p); } catch (const LibError &e) { std::printf("rethrown: %s %d\n", e.what(), e.code); }
    return 0;
}
