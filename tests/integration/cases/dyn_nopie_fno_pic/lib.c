int lib_counter = 1;
char lib_msg[32] = "from the library";
int lib_step(int x) { return x + lib_counter; }
int lib_is_counter(int *p) { return p == &lib_counter; }
int lib_is_step(int (*f)(int)) { return f == lib_step; }
