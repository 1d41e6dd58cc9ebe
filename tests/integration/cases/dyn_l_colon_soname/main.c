#include <stdio.h>
const char *foo_name(void);
int main(void) { printf("loaded %s\n", foo_name()); return 0; }
