#include <stdio.h>
extern long large_data[20000], large_bss[30000];
extern const long large_ro[20000];
extern int small_data;
int main(void)
{
    large_bss[29999] = 4;
    large_data[19999] = large_ro[0] + large_ro[19999];
    long s = 0;
    for (int i = 0; i < 20000; i++) s += large_data[i] + large_ro[i];
    for (int i = 0; i < 30000; i++) s += large_bss[i];
    printf("sum=%ld small=%d\n", s, small_data);
    return 0;
}
