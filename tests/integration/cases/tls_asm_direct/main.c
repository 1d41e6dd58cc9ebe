#include <stdio.h>
extern __thread long tls_a;
long le_read_a(void), ie_read_b(void), ie_add_c(long);
long *le_addr_b(void), *gd_addr_a(void), *ld_addr_c(void);
int main(void)
{
    printf("a=%ld b=%ld\n", le_read_a(), ie_read_b());
    *le_addr_b() = 3333;
    printf("b=%ld gd==&tls_a: %d\n", ie_read_b(), gd_addr_a() == &tls_a);
    long c1 = ie_add_c(5);
    long c2 = ie_add_c(6);
    printf("c=%ld c=%ld via ld=%ld\n", c1, c2, *ld_addr_c());
    return 0;
}
