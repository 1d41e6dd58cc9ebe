static int impl_a(int x) { return x + 1; }
static int impl_b(int x) { return x * 10; }
static int use_b = 1;

static int (*resolve_ifn(void))(int) { return use_b ? impl_b : impl_a; }
int ifn(int) __attribute__((ifunc("resolve_ifn")));

static int (*resolve_sfn(void))(int) { return impl_a; }
static int sfn(int) __attribute__((ifunc("resolve_sfn")));

int lib_call_ifn(int x) { return ifn(x); }
int lib_call_sfn(int x) { return sfn(x); }
int (*lib_ifn_addr(void))(int) { return ifn; }
int (*lib_sfn_addr(void))(int) { return sfn; }
int (*lib_impl_a_addr(void))(int) { return impl_a; }
int (*lib_impl_b_addr(void))(int) { return impl_b; }
