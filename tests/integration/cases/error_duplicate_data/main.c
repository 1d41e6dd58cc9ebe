#include <stdio.h>
extern int dup_variable;
int main(void) { printf("%d\n", dup_variable); return 0; }
