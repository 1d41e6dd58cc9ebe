#include <stdexcept>
#include <string>
// Exception classes whose type_info is referenced only from the throw site
// (in this object) and from the LSDA of the catching function (main.cc).
struct OnlyCaught { int v; };
struct Derived : std::logic_error { using std::logic_error::logic_error; };

int unused_function_a(int x) { return x * 31 + 7; }           // garbage
int unused_table[1024] = {1, 2, 3};                           // garbage
std::string unused_throw() { throw std::runtime_error("never"); }

void raise_only_caught(int v) { throw OnlyCaught{v}; }
void raise_derived(const char *m) { throw Derived(m); }
int maybe_raise(int v) {
    if (v > 3) throw v;
    return v * 2;
}
