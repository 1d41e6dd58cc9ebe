#include <stdio.h>
int *lib_tls_a_addr(void);
long *lib_tls_arr_addr(void);
char *lib_tls_bss_addr(void);
void lib_tls_bump(void);
int lib_tls_static(void);
int acc_read_a(void);
void acc_write_a(int v);
int *acc_addr_a(void);
long *acc_addr_arr(void);
char *acc_addr_bss(void);
long acc_sum_arr(void);
int acc_local(void);
int *acc_local_addr(void);
__thread int exe_own = 21;          /* the executable's own TLS block too */
int main(void)
{
    printf("a=%d sum=%ld bss[0]=%d exe_own=%d\n", acc_read_a(), acc_sum_arr(), acc_addr_bss()[0], exe_own);
    printf("same addresses as the library: %d %d %d\n", acc_addr_a() == lib_tls_a_addr(),
           acc_addr_arr() == lib_tls_arr_addr(), acc_addr_bss() == lib_tls_bss_addr());
    acc_write_a(500);
    lib_tls_bump();
    printf("after write+bump: a=%d sum=%ld bss[0]=%d lib static=%d\n", acc_read_a(), acc_sum_arr(),
           acc_addr_bss()[0], lib_tls_static());
    printf("exe locals: %d %d, distinct from lib's: %d\n", acc_local(), acc_local(),
           (void *)acc_local_addr() != (void *)lib_tls_a_addr() && (void *)&exe_own != (void *)lib_tls_a_addr());
    return 0;
}
