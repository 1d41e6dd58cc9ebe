int lib_before = 11;
long lib_table[1000] = {[0] = 1, [999] = 999};
int lib_after = 22;
long lib_sum(void) { return lib_before + lib_table[0] + lib_table[999] + lib_after; }
