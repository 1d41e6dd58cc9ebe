#include <stdio.h>
int used_func(int x);
int main(void) { printf("used_func(1)=%d\n", used_func(1)); return 0; }
