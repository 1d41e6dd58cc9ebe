#include <stdio.h>
__thread int debug_tls = 3;
int sum_points(void);
static inline int sq(int x) { return x * x; }
int main(void) { printf("sum=%d sq=%d tls=%d\n", sum_points(), sq(7), debug_tls); return 0; }
