int ping(int);
int ping_leaf(void);
int pong(int n) { return n <= 0 ? ping_leaf() : 10 + ping(n - 1); }
