#include <stdio.h>
int target_var = 1234;
int target_fn(int x) { return x * 3; }
int got_load_var(void), got_call(int), got_jmp(int), got_arith(void), norelax_load(void);
long norelax_gotpcrel64_diff(void);
void *got_addr_fn(void), *got_weak_missing(void), *got_abs(void);
int main(void)
{
    printf("load=%d call=%d jmp=%d arith=%d\n", got_load_var(), got_call(5), got_jmp(7), got_arith());
    printf("addr ok=%d weak null=%d abs=0x%lx\n", got_addr_fn() == (void *)target_fn, got_weak_missing() == 0, (unsigned long)got_abs());
    target_var = 99;
    printf("norelax=%d diff=%ld load=%d\n", norelax_load(), norelax_gotpcrel64_diff(), got_load_var());
    return 0;
}
