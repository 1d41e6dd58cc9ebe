static long sum_plain(const int *v, int n) { long s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
static long sum_other(const int *v, int n) { return sum_plain(v, n) * 1; }
static long (*resolve_vsum(void))(const int *, int)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse2") ? sum_other : sum_plain;
}
long vsum(const int *v, int n) __attribute__((ifunc("resolve_vsum")));
long (*lib_vsum_addr(void))(const int *, int) { return vsum; }
long lib_call_vsum(const int *v, int n) { return vsum(v, n); }
