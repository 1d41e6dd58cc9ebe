int f_ibt(int x) { return x + 1; }
