#include <stdio.h>
typedef int (*fn)(int);
int lib_func(int x);
fn lib_func_addr(void);
void *lib_puts_addr(void);
int lib_call(fn f, int x);
int lib_is(fn f);
fn table[] = {lib_func, lib_func};
int main(void)
{
    volatile fn f = lib_func;
    printf("abs address == lib's: %d, table: %d, lib agrees: %d\n", f == lib_func_addr(),
           table[1] == lib_func_addr(), lib_is(f));
    printf("puts == lib's: %d\n", (void *)puts == lib_puts_addr());
    printf("calls: %d %d %d\n", lib_func(1), f(2), lib_call(f, 3));
    return 0;
}
