int f_full(int x) { return x + 1; }
