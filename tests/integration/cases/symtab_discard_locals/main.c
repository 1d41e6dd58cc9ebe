#include <stdio.h>
int loc_value(void);
static int twice(int x) { return 2 * x; }
int (*volatile fp)(int) = twice;
int main(void) { printf("loc_value %d, twice %d\n", loc_value(), fp(21)); return 0; }
