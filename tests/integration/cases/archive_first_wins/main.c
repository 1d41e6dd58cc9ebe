#include <stdio.h>
const char *provider(void);
int two_extra(void);
int main(void)
{
    printf("%s, two_extra=%d\n", provider(), two_extra());
    return 0;
}
