static long add_impl(long a, long b) { return a + b + 1000; }
static void *resolve_add(void) { return (void *)add_impl; }
long my_add(long, long) __attribute__((ifunc("resolve_add")));
