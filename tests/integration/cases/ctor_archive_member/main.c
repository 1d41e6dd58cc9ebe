#include <stdio.h>
int m1_api(void);
int main(void) { printf("m1_api=%d\n", m1_api()); return 0; }
