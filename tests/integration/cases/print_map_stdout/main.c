#include <stdio.h>
int map_probe = 42;
int main(void) { printf("map probe %d\n", map_probe); return 0; }
