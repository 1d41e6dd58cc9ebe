int helper_counter = 10;
int helper_fn(int x) { return x * 2 + helper_counter++; }
int helper_other(void) { return 7; }
