int lib_scale = 3;
__thread int lib_tls = 9;
int lib_mul(int x) { return x * lib_scale; }
int lib_apply(int (*f)(int), int x) { return f(x); }
