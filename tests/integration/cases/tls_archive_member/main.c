#include <pthread.h>
#include <stdio.h>
extern __thread long arch_tls[4];
extern __thread int arch_tbss;
long arch_sum(void);
static void *thr(void *a) { (void)a; arch_tbss = 5; arch_tls[0] = 0; return (void *)arch_sum(); }
int main(void)
{
    pthread_t t; void *r;
    arch_tbss = 1;
    pthread_create(&t, 0, thr, 0);
    pthread_join(t, &r);
    printf("main sum=%ld thread sum=%ld\n", arch_sum(), (long)r);
    return 0;
}
