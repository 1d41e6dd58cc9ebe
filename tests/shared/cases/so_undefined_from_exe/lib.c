extern int exe_value;
int exe_callback(int);

int lib_compute(int x) { return exe_callback(x) + exe_value; }
int *lib_exe_value_addr(void) { return &exe_value; }
