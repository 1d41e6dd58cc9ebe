#include <stdio.h>
const char *pick_from(void);
int main(void) { printf("pick_from: %s\n", pick_from()); return 0; }
