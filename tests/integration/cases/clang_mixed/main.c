#include <stdio.h>
int gcc_fn(int), gcc_calls_clang(int), clang_fn(int);
void clang_report(void);
int main(void)
{
    printf("%d %d %d\n", gcc_fn(3), gcc_calls_clang(4), clang_fn(5));
    clang_report();
    return 0;
}
