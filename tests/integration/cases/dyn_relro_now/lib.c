int lib_data = 40;
int lib_twice(int x) { return 2 * x; }
