#include <stdio.h>
int a_value(void);
const char *v_where(void);
int main(void) { printf("libv.so from %s, a_value()=%d\n", v_where(), a_value()); return 0; }
