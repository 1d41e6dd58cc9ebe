#include "h.h"
int use_a(int v) {
    Counter c;
    c.add(square_sum(v));
    c.add(twice(v));
    c.add(static_cast<int>(twice(static_cast<long>(v))));
    return c.n;
}
int use_b(int), use_c(int), use_d(int);
int main(int argc, char **) { return (use_a(argc + 1) + use_b(argc + 2) + use_c(argc + 3) + use_d(argc + 4)) & 0x7f; }
