int f_none(int x) { return x + 1; }
