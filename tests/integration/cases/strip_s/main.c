#include <stdio.h>
static int table[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
__thread int tl = 3;
int main(void)
{
    int s = 0; for (int i = 0; i < 8; i++) s += table[i] * tl;
    printf("stripped program works: %d\n", s);
    return 0;
}
