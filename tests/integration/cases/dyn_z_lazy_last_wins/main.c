#include <stdio.h>
#include <string.h>
int f_add(int a, int b);
int f_mul(int a, int b);
int f_neg(int a);
int rarely_used(int a);
int main(int argc, char **argv)
{
    int acc = 0;
    for (int i = 0; i < 5; i++)                 /* second calls go through the bound slot */
        acc = f_add(acc, f_mul(i, i)) + f_neg(1);
    printf("acc=%d\n", acc);
    fflush(stdout);
    if (argc > 1 && strcmp(argv[1], "rare") == 0) {
        printf("calling rarely_used\n");
        fflush(stdout);
        printf("rarely_used=%d\n", rarely_used(1));
    }
    return 0;
}
