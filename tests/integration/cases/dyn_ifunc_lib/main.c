#include <stdio.h>
long vsum(const int *v, int n);
long (*lib_vsum_addr(void))(const int *, int);
long lib_call_vsum(const int *v, int n);
long (*table[1])(const int *, int) = {vsum};
int main(void)
{
    int v[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    long (*volatile p)(const int *, int) = vsum;
    printf("sums: %ld %ld %ld %ld\n", vsum(v, 10), p(v, 5), table[0](v, 3), lib_call_vsum(v, 4));
    printf("equal: code==lib %d, data==lib %d\n", p == lib_vsum_addr(), table[0] == lib_vsum_addr());
    return 0;
}
