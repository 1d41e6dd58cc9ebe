#include <stdio.h>
extern __thread int shared_tls;
extern __thread long shared_bss;
#define DECL(m) int *addr_##m(void); void add_##m(int);
DECL(gd) DECL(ld) DECL(ie) DECL(le) DECL(desc)
int main(void)
{
    int *p[5] = { addr_gd(), addr_ld(), addr_ie(), addr_le(), addr_desc() };
    int same = 1;
    for (int i = 0; i < 5; i++) same &= (p[i] == &shared_tls);
    add_gd(1); add_ld(20); add_ie(300); add_le(4000); add_desc(50000);
    printf("all models agree on the address: %d\n", same);
    printf("shared_tls=%d shared_bss=%ld\n", shared_tls, shared_bss);
    return 0;
}
