#include <stdio.h>
int b_value(void);
int a_value(void) { return 100 + b_value(); }
