int squash(int x) { return x * 2; }
