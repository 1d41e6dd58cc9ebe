#include <stdio.h>
int x_value(void);
int noso_value(void);
int main(void) { printf("x_value + noso_value = %d\n", x_value() + noso_value()); return 0; }
