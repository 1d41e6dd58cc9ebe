#include <stdio.h>

int opt_func(int x) { return x * 111; }
int opt_data = 77;

void lib_report(void);
int (*lib_opt_func_addr(void))(int);
int *lib_opt_data_addr(void);

int main(void)
{
    printf("prog2 defines the optional symbols\n");
    lib_report();
    printf("lib's addresses are prog2's: %d %d\n", lib_opt_func_addr() == opt_func,
           lib_opt_data_addr() == &opt_data);
    return 0;
}
