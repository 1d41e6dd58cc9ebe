#include <stdio.h>
int weld_missing_function(int);
int main(void) { printf("%d\n", weld_missing_function(1)); return 0; }
