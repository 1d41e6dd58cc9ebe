#include <stdio.h>
int check_nopic(void);
int check_pic(void);
extern void missing_func(void) __attribute__((weak));
void present_func(void) { puts("present_func called"); }
int main(void)
{
    printf("nopic=%d\n", check_nopic());
    printf("pic=%d\n", check_pic());
    printf("main sees missing_func %s\n", missing_func ? "non-null" : "null");
    return 0;
}
