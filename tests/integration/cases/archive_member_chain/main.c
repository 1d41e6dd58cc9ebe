#include <stdio.h>
int step_a(int);
int main(void)
{
    for (int i = 0; i < 4; i++) printf("step_a(%d) = %d\n", i, step_a(i));
    return 0;
}
