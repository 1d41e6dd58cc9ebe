#include <stdio.h>

int pfunc(void) { return 42; }   /* cannot interpose the lib's protected one */
int pget(void);
extern int pdata;
int lib_call_pfunc(void);
int lib_read_pdata(void);
void lib_write_pdata(int);
int (*lib_pget_addr(void))(void);
int *lib_pdata_addr(void);

int main(void)
{
    printf("pfunc() in prog = %d, lib_call_pfunc() = %d\n", pfunc(), lib_call_pfunc());
    printf("pget() = %d, prog's &pget is lib's: %d\n", pget(), (void *)pget == (void *)lib_pget_addr());
    printf("pdata = %d, prog's &pdata is lib's: %d\n", pdata, &pdata == lib_pdata_addr());
    pdata = 11;
    printf("after prog writes 11: lib reads %d\n", lib_read_pdata());
    lib_write_pdata(12);
    printf("after lib writes 12: prog reads %d\n", pdata);
    return 0;
}
