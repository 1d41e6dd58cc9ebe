int extra_used(int x) { return x + 7; }
