#include <stdio.h>
#define BIG (512UL << 20)
static char big[BIG];
int small_data = 3;
extern int lib_before, lib_after;
extern long lib_table[1000];
long lib_sum(void);
int main(void)
{
    big[0] = 1;
    big[BIG / 2] = 2;
    big[BIG - 1] = 3;
    printf("big: %d %d %d (others zero: %d)\n", big[0], big[BIG / 2], big[BIG - 1], big[12345] == 0 && big[BIG - 2] == 0);
    printf("copies: %d %ld %ld %d, lib_sum %ld\n", lib_before, lib_table[0], lib_table[999], lib_after, lib_sum());
    lib_table[0] = 100;
    lib_after = 0;
    printf("after writes lib_sum %ld, small_data %d\n", lib_sum(), small_data);
    return 0;
}
