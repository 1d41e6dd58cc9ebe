int f_shstk(int x) { return x + 1; }
