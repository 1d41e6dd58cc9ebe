int f_v3(int x) { return x + 1; }
