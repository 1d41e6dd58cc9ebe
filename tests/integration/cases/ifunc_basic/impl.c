#include <stdio.h>
static int impl_slow(int x) { return x + 1; }
static int impl_fast(int x) { return x * 2; }
int resolver_calls;
/* The resolver must not depend on anything relocated; use a constant choice. */
static int (*resolve_compute(void))(int)
{
    return impl_fast;
}
int compute(int) __attribute__((ifunc("resolve_compute")));

static const char *name_a(void) { return "variant A"; }
static const char *(*resolve_name(void))(void) { return name_a; }
const char *variant_name(void) __attribute__((ifunc("resolve_name")));

void *compute_addr_in_impl(void) { return (void *)compute; }
int call_compute_in_impl(int x) { return compute(x); }
