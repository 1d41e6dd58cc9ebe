/* compiled -fno-pic: absolute / PC-relative references to undefined weak */
extern void missing_func(void) __attribute__((weak));
extern int missing_var __attribute__((weak));
extern int missing_arr[] __attribute__((weak));
void (*missing_func_ptr_data)(void) = missing_func;   /* R_X86_64_64 in .data */
int *missing_var_ptr_data = &missing_var;
int check_nopic(void)
{
    int r = 0;
    if (missing_func == 0) r |= 1;
    if (&missing_var == 0) r |= 2;
    if (missing_arr == 0) r |= 4;
    if (missing_func_ptr_data == 0) r |= 8;
    if (missing_var_ptr_data == 0) r |= 16;
    return r;
}
