#include <stdio.h>
int link_0(int);
int main(void) { printf("chain result: %d\n", link_0(1)); return 0; }
