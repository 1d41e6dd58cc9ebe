const char *x_version(void) { return "libx 1.2.3"; }
int x_twice(int v) { return 2 * v; }
