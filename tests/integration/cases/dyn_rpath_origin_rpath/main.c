#include <stdio.h>
int a_value(void);
int main(void) { printf("a_value()=%d (liba.so -> libb.so found through the run path)\n", a_value()); return 0; }
