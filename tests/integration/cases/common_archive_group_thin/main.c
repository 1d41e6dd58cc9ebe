#include <stdio.h>
int need(void);
int main(void) { printf("need=%d\n", need()); return 0; }
