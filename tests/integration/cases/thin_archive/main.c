#include <stdio.h>
int thin_two(void), thin_three(void);
int main(void) { printf("%d %d\n", thin_two(), thin_three()); return 0; }
