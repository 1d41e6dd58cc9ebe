#include <stdio.h>
void *get_fn_1(void), *get_fn_2(void), *get_data_1(void), *get_data_2(void);
int call_1(void), call_2(void), shared_fn(void);
int main(void)
{
    printf("same function: %d\n", get_fn_1() == get_fn_2());
    printf("same data: %d\n", get_data_1() == get_data_2());
    printf("values: %d %d %d\n", call_1(), call_2(), shared_fn());
    return 0;
}
