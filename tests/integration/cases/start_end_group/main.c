#include <stdio.h>
int ping(int);
int main(void) { for (int i = 0; i < 5; i++) printf("ping(%d)=%d\n", i, ping(i)); return 0; }
