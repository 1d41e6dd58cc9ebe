int lib_fn(int x) { return x + 1; }
int lib_other(int x) { return x - 1; }

int (*lib_fn_ptr_data)(int) = lib_fn;
int (*lib_get_fn(void))(int) { return lib_fn; }
int (*lib_get_other(void))(int) { return lib_other; }
int lib_call_ptr(int (*f)(int), int x) { return f(x); }
