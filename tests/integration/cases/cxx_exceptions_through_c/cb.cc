#include <stdexcept>
#include <string>

extern "C" int c_walk(const int *values, int n, int (*fn)(int, void *), void *ctx);
extern "C" int c_recurse(int depth, int (*fn)(int, void *), void *ctx);

struct Limit { int max; int seen; };

extern "C" int check_value(int v, void *ctx) {
    Limit *l = static_cast<Limit *>(ctx);
    l->seen++;
    if (v > l->max)
        throw std::range_error("value " + std::to_string(v) + " > " + std::to_string(l->max));
    if (v < 0)
        throw v;
    return v;
}

int walk_checked(const int *vals, int n, int max, int *seen) {
    Limit l{max, 0};
    try {
        int r = c_walk(vals, n, check_value, &l);
        *seen = l.seen;
        return r;
    } catch (...) {
        *seen = l.seen;
        throw;
    }
}

int recurse_checked(int depth) {
    Limit l{0, 0};
    return c_recurse(depth, check_value, &l);
}
