#include <stdio.h>
void prio_500(void) { printf("init_array.00500 from asm (before default ones)\n"); }
int main(void) { printf("main\n"); return 0; }
