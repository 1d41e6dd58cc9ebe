#include "exc.h"
#include <cstdio>
#include <typeinfo>
struct ProgError { int v; };
static void cb_throw(int v) { if (v) throw ProgError{v}; }
int main() {
    try { exc::throw_lib(7); } catch (const exc::DerivedError &) { puts("wrong: derived"); }
    catch (const exc::LibError &e) { printf("caught LibError code=%d what=%s\n", e.code, e.what()); }
    try { exc::throw_lib(-3); } catch (const exc::LibError &e) {
        printf("caught via base: %s code=%d dynamic type %s\n", e.what(), e.code,
               typeid(e) == typeid(exc::DerivedError) ? "DerivedError" : "other");
    }
    try { exc::throw_lib(5); } catch (const std::exception &e) { printf("caught as std::exception: %s\n", e.what()); }
    try { exc::throw_std("boom"); } catch (const std::logic_error &) { puts("wrong: logic_error"); }
    catch (const std::runtime_error &e) { printf("caught runtime_error: %s\n", e.what()); }
    try { exc::throw_int(42); } catch (long) { puts("wrong: long"); } catch (int v) { printf("caught int %d\n", v); }
    try { exc::call_cb(cb_throw, 9); } catch (const ProgError &e) { printf("caught ProgError %d through lib frame\n", e.v); }
    printf("lib guard ran %d time(s)\n", exc::call_cb(cb_throw, 0));
    printf("internal catch: %d\n", exc::internal_catch(21));
    try { throw exc::LibError(1); } catch (const exc::LibError &e) { printf("prog-thrown LibError: %s\n", e.what()); }
    return 0;
}
