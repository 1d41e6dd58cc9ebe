#include <stdio.h>
int dbgfn(void);
int main(void) { printf("dbgfn %d\n", dbgfn()); return 0; }
