#include <stdio.h>

extern int opt_func(int) __attribute__((weak));
extern int opt_data __attribute__((weak));

void lib_report(void)
{
    if (opt_func) printf("opt_func present: opt_func(3) = %d\n", opt_func(3));
    else printf("opt_func absent (NULL)\n");
    if (&opt_data) printf("opt_data present: %d\n", opt_data);
    else printf("opt_data absent (NULL)\n");
}
int (*lib_opt_func_addr(void))(int) { return opt_func; }
int *lib_opt_data_addr(void) { return &opt_data; }
