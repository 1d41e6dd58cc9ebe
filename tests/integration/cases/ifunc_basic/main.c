#include <stdio.h>
int compute(int);
const char *variant_name(void);
void *compute_addr_in_impl(void);
void *compute_addr_in_other(void);
int call_compute_in_impl(int);
int call_through(int (*fp)(int), int v);
int main(void)
{
    printf("direct: %d %d\n", compute(21), call_compute_in_impl(5));
    int (*fp)(int) = compute;
    printf("via pointer: %d %d\n", fp(50), call_through(compute, 7));
    printf("pointer equality: main==impl %d, main==other %d, impl==other %d\n",
           (void *)fp == compute_addr_in_impl(), (void *)fp == compute_addr_in_other(),
           compute_addr_in_impl() == compute_addr_in_other());
    printf("name: %s\n", variant_name());
    return 0;
}
