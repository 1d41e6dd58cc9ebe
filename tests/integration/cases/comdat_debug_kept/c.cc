#include "h.h"
int use_c(int v) {
    Counter c;
    c.add(square_sum(v));
    c.add(twice(v));
    c.add(static_cast<int>(twice(static_cast<long>(v))));
    return c.n;
}
