int pong(int);
int ping(int n) { return n <= 0 ? 0 : 1 + pong(n - 1); }
int ping_leaf(void) { return 1000; }
