#include <stdio.h>

int ifn(int);
int lib_call_ifn(int);
int lib_call_sfn(int);
int (*lib_ifn_addr(void))(int);
int (*lib_sfn_addr(void))(int);
int (*lib_impl_a_addr(void))(int);
int (*lib_impl_b_addr(void))(int);

int main(void)
{
    int (*volatile p)(int) = ifn;
    printf("ifn(2) from prog = %d, through prog's pointer = %d\n", ifn(2), p(3));
    printf("lib_call_ifn(2) = %d, lib_call_sfn(2) = %d\n", lib_call_ifn(2), lib_call_sfn(2));
    printf("&ifn: prog's == lib's: %d\n", p == lib_ifn_addr());
    printf("lib's &ifn == impl_b: %d, lib's &sfn == impl_a: %d\n", lib_ifn_addr() == lib_impl_b_addr(),
           lib_sfn_addr() == lib_impl_a_addr());
    printf("through lib's pointer: %d\n", lib_ifn_addr()(4));
    return 0;
}
