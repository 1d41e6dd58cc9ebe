#include "errors.h"
#include <cstdio>
#include <exception>
#include <new>
#include <string>

static void print_nested(const std::exception &e, int level) {
    std::printf("  %*s%s\n", level * 2, "", e.what());
    try {
        std::rethrow_if_nested(e);
    } catch (const std::exception &inner) {
        print_nested(inner, level + 1);
    }
}

int main() {
    for (int k = 0; k <= 8; k++) {
        try {
            int r = rethrow_through(k);
            std::printf("kind %d: returned %d\n", k, r);
        } catch (const IoError &e) {
            std::printf("kind %d: IoError %s code=%d\n", k, e.what(), e.code);
        } catch (const AppError &e) {
            std::printf("kind %d: AppError %s code=%d\n", k, e.what(), e.code);
        } catch (const std::out_of_range &e) {
            std::printf("kind %d: out_of_range\n", k);
        } catch (const std::bad_alloc &e) {
            std::printf("kind %d: bad_alloc %s\n", k, e.what());
        } catch (int i) {
            std::printf("kind %d: int %d\n", k, i);
        } catch (const std::string &s) {
            std::printf("kind %d: string %s\n", k, s.c_str());
        } catch (const char *s) {
            std::printf("kind %d: const char* %s\n", k, s);
        } catch (...) {
            std::printf("kind %d: unknown\n", k);
        }
        std::printf("  live guards %d\n", Guard::live);
    }
    try {
        nested_throw(3);
    } catch (const std::exception &e) {
        std::printf("nested:\n");
        print_nested(e, 0);
    }
    std::exception_ptr ep;
    try { throw_kind(2); } catch (...) { ep = std::current_exception(); }
    try { std::rethrow_exception(ep); }
    catch (const AppError &e) { std::printf("exception_ptr: %s\n", e.what()); }
    std::printf("guards made %d live %d uncaught %d\n", Guard::made, Guard::live,
                std::uncaught_exceptions());
    return 0;
}
