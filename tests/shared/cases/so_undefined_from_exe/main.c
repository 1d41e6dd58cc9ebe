#include <stdio.h>

int exe_value = 1000;
int exe_callback(int x) { printf("exe_callback(%d)\n", x); return x * 2; }

int lib_compute(int);
int *lib_exe_value_addr(void);

int main(void)
{
    printf("lib_compute(21) = %d\n", lib_compute(21));
    exe_value = 5;
    printf("lib_compute(1) = %d\n", lib_compute(1));
    printf("lib's &exe_value is prog's: %d\n", lib_exe_value_addr() == &exe_value);
    return 0;
}
