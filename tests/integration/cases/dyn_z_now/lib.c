int f_add(int a, int b) { return a + b; }
int f_mul(int a, int b) { return a * b; }
int f_neg(int a) { return -a; }
#ifndef NO_RARE
int rarely_used(int a) { return a + 1000; }
#endif
