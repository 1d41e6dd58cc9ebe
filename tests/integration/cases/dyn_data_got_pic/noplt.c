int lib_add(int a, int b);
int lib_get(void);
int exe_global = 100;
int noplt_calls(void) { return lib_add(lib_get(), exe_global); }
