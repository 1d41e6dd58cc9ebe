int compute(int);
void *compute_addr_in_other(void) { return (void *)compute; }
int call_through(int (*fp)(int), int v) { return fp(v); }
