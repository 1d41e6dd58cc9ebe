#include <cstdio>
#include <stdexcept>
struct OnlyCaught { int v; };
void raise_only_caught(int v);
void raise_derived(const char *m);
int maybe_raise(int v);

struct Scope { const char *n; ~Scope() { std::printf("  ~Scope %s\n", n); } };

int unused_in_main(int x) { return x + 1; }

static int run(int i) {
    Scope s{"run"};
    try {
        switch (i) {
        case 0: raise_only_caught(11); break;
        case 1: raise_derived("derived!"); break;
        default: return maybe_raise(i);
        }
    } catch (const OnlyCaught &o) {
        std::printf("caught OnlyCaught %d\n", o.v);
    } catch (const std::logic_error &e) {
        std::printf("caught logic_error %s\n", e.what());
    }
    return -1;
}

int main() {
    for (int i = 0; i < 5; i++) {
        try {
            std::printf("run(%d) = %d\n", i, run(i));
        } catch (int v) {
            std::printf("caught int %d in main\n", v);
        }
    }
    return 0;
}
