static int mul_generic(int a, int b) { return a * b; }
static int mul_fast(int a, int b) { return a * b + 0; }
static int which_impl;                    /* set by the resolver */
static int (*resolve_mul(void))(int, int)
{
    __builtin_cpu_init();
    if (__builtin_cpu_supports("sse2")) { which_impl = 2; return mul_fast; }
    which_impl = 1;
    return mul_generic;
}
int mul(int a, int b) __attribute__((ifunc("resolve_mul")));

static const char *name_a(void) { return "impl-a"; }
static const char *(*resolve_name(void))(void) { return name_a; }
const char *impl_name(void) __attribute__((ifunc("resolve_name")));

int (*impl_mul_ptr)(int, int) = mul;      /* data in this object */
int impl_call(int a, int b) { return mul(a, b); }
int impl_which(void) { return which_impl; }
