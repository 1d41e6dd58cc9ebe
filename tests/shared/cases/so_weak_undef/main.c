#include <stdio.h>

void lib_report(void);

int main(void)
{
    printf("prog without the optional symbols\n");
    lib_report();
    return 0;
}
