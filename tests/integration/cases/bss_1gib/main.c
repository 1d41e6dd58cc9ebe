#include <stdio.h>
extern char huge_bss[1UL << 30];
static int after_var = 5;
static int after_bss;
int main(void)
{
    printf("first=%d last=%d\n", huge_bss[0], huge_bss[(1UL << 30) - 1]);
    huge_bss[0] = 1;
    huge_bss[(1UL << 30) - 1] = 2;
    huge_bss[1UL << 29] = 3;
    printf("first=%d mid=%d last=%d after=%d,%d\n", huge_bss[0], huge_bss[1UL << 29],
           huge_bss[(1UL << 30) - 1], after_var, after_bss);
    return 0;
}
