int local_helper(int x) { return x + 1; }
