int opt_func(int x) { return x * 11; }
int opt_var = 1234;
int opt_arr[3] = {7, 8, 9};
