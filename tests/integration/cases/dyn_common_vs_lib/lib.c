int common_int = 5;
long common_arr[4] = {1, 2, 3, 4};
int *lib_int_addr(void) { return &common_int; }
long *lib_arr_addr(void) { return common_arr; }
void lib_write(void) { common_int += 100; common_arr[3] += 100; }
int lib_read(void) { return common_int; }
