int lib_var = 3;
int lib_arr[3] = {4, 5, 6};
int *lib_var_addr(void) { return &lib_var; }
int lib_add(int a, int b) { return a + b; }
int lib_get(void) { return lib_var; }
