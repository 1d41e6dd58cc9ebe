/* Plain C, compiled with -fexceptions so that C++ exceptions can unwind
   through these frames; cleanup attributes run during unwinding. */
#include <stdio.h>

int c_cleanups;

static void bump(int *p) { c_cleanups += *p; }

typedef int (*visit_fn)(int value, void *ctx);

int c_walk(const int *values, int n, visit_fn fn, void *ctx) {
    int weight __attribute__((cleanup(bump))) = 1;
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum += fn(values[i], ctx);
    return sum;
}

/* recursion in C between C++ callbacks */
int c_recurse(int depth, visit_fn fn, void *ctx) {
    int weight __attribute__((cleanup(bump))) = 10;
    if (depth == 0)
        return fn(-1, ctx);
    return c_recurse(depth - 1, fn, ctx) + 1;
}
