#include <stdio.h>
int mul(int a, int b);
const char *impl_name(void);
extern int (*impl_mul_ptr)(int, int);
int impl_call(int a, int b);
int impl_which(void);
int (*main_mul_ptr)(int, int) = mul;      /* data in another object */
static const char *(*name_ptr)(void) = impl_name;
int main(void)
{
    int (*volatile code_ptr)(int, int) = mul;
    printf("calls: %d %d %d %d\n", mul(6, 7), impl_call(3, 4), main_mul_ptr(2, 5), code_ptr(9, 9));
    printf("resolver picked %d, name %s %s\n", impl_which(), impl_name(), name_ptr());
    printf("pointer equality: %d %d %d\n", code_ptr == impl_mul_ptr, main_mul_ptr == impl_mul_ptr,
           code_ptr == main_mul_ptr);
    return 0;
}
