int helper(int x) { return x * 3; }
int a(int x) { return helper(x) + 1; }
int b(int x) { return helper(x) + 2; }
