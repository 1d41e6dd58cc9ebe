#include <stdint.h>
int32_t cfoo_add(int32_t a, int32_t b) { return a + b; }
int64_t cfoo_fold(const int32_t *v, int n, int64_t (*f)(int64_t, int32_t))
{
    int64_t acc = 0;
    for (int i = 0; i < n; i++) acc = f(acc, v[i]);
    return acc;
}
