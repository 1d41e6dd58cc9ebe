#include <stdio.h>
extern int lib_var;
extern int lib_arr[3];
extern int exe_global;
int *lib_var_addr(void);
int lib_add(int a, int b);
int lib_get(void);
int noplt_calls(void);
int main(void)
{
    printf("lib_var=%d arr[2]=%d same=%d\n", lib_var, lib_arr[2], &lib_var == lib_var_addr());
    lib_var = 30;
    exe_global += 1;
    printf("lib_get=%d lib_add=%d noplt_calls=%d\n", lib_get(), lib_add(1, 2), noplt_calls());
    return 0;
}
