#include <stdio.h>

int lib_fn(int);
int lib_other(int);
extern int (*lib_fn_ptr_data)(int);
int (*lib_get_fn(void))(int);
int (*lib_get_other(void))(int);
int lib_call_ptr(int (*)(int), int);

int (*exe_ptr)(int) = lib_fn;

int main(void)
{
    int (*volatile code_ptr)(int) = lib_fn;
    printf("prog code == lib code: %d\n", code_ptr == lib_get_fn());
    printf("prog data == lib code: %d\n", exe_ptr == lib_get_fn());
    printf("lib data == prog code: %d\n", lib_fn_ptr_data == code_ptr);
    printf("lib_fn != lib_other: %d\n", code_ptr != lib_get_other());
    printf("calls: %d %d %d %d\n", code_ptr(1), exe_ptr(2), lib_fn_ptr_data(3), lib_call_ptr(lib_fn, 4));
    return 0;
}
