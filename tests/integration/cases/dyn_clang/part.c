extern int lib_scale;
int lib_mul(int x);
int part_inc(int x) { return x + 1; }
int part_combo(int x) { lib_scale++; return lib_mul(x); }
