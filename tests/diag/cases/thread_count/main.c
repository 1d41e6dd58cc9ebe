#include <stdio.h>
int main(void) { puts("threads"); return 0; }
