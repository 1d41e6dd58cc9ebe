int lib_recurse(int n, int (*leaf)(void)) { return n == 0 ? leaf() : lib_recurse(n - 1, leaf) + 0 * n; }
