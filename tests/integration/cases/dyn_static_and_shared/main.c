#include <stdio.h>
const char *foo_origin(void);
const char *bar_origin(void);
int foo_compute(int x);
int main(void) { printf("%s + %s: foo_compute(20)=%d\n", foo_origin(), bar_origin(), foo_compute(20)); return 0; }
