#include <stdio.h>
extern int opt_func(int) __attribute__((weak));
extern int opt_var __attribute__((weak));
extern int opt_arr[] __attribute__((weak));
extern void never_defined(void) __attribute__((weak));
static int (*opt_func_ptr)(int) = opt_func;     /* in data: relocation against the weak symbol */
static int *opt_var_ptr = &opt_var;
int main(void)
{
    printf("opt_func %s, opt_var %s, opt_arr %s, never_defined %s\n", opt_func ? "present" : "NULL",
           &opt_var ? "present" : "NULL", opt_arr ? "present" : "NULL", never_defined ? "present" : "NULL");
    printf("data pointers: func %s, var %s\n", opt_func_ptr ? "present" : "NULL", opt_var_ptr ? "present" : "NULL");
    if (opt_func) printf("opt_func(4)=%d ptr(5)=%d\n", opt_func(4), opt_func_ptr(5));
    if (&opt_var) printf("opt_var=%d *ptr=%d opt_arr[1]=%d\n", opt_var, *opt_var_ptr, opt_arr[1]);
    if (never_defined) never_defined();
    return 0;
}
