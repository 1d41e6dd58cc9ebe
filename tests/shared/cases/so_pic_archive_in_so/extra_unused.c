int extra_unused(int x) { return x - 7; }
