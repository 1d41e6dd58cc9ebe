#include <stdio.h>
int main(void) { puts("linked with -o -"); return 0; }
