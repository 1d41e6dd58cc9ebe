#include <stdio.h>
const char *top(void);
int main(void) { printf("%s\n", top()); return 0; }
