#include <stdio.h>
int use_tls(void);
extern __thread int tv_init;
int main(void)
{
    int r = use_tls();
    printf("main: r=%d tv_init=%d\n", r, tv_init);
    return 0;
}
