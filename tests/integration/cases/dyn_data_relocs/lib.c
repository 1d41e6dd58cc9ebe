int lib_arr[8] = {10, 11, 12, 13, 14, 15, 16, 17};
const char lib_str[] = "library string";
int lib_fn(int x) { return x + 7; }
int *lib_arr_addr(int i) { return &lib_arr[i]; }
