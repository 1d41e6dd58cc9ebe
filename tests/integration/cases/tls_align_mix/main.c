#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
extern __thread char ta_byte, tb_small, tb_tail[3];
extern __thread int ta_big_aligned[3];
extern __thread long tb_aligned[5];
extern __thread short td_short;
extern __thread double td_dbl;
static __thread int local_tbss[17];
static void report(const char *who)
{
    printf("%s: byte=%c arr=%d,%d,%d short=%d dbl=%.2f\n", who, ta_byte,
           ta_big_aligned[0], ta_big_aligned[1], ta_big_aligned[2], td_short, td_dbl);
    long z = tb_small + tb_tail[0] + tb_tail[2];
    for (int i = 0; i < 5; i++) z += tb_aligned[i];
    for (int i = 0; i < 17; i++) z += local_tbss[i];
    printf("%s: tbss zero sum=%ld\n", who, z);
    printf("%s: align64=%lu align128=%lu align32=%lu\n", who,
           (unsigned long)((uintptr_t)ta_big_aligned % 64),
           (unsigned long)((uintptr_t)tb_aligned % 128),
           (unsigned long)((uintptr_t)&td_dbl % 32));
    ta_byte = 'y'; tb_aligned[4] = 5; local_tbss[16] = 3; td_short = 1;
}
static void *thr(void *a) { (void)a; report("thread"); return 0; }
int main(void)
{
    report("main");
    pthread_t t;
    pthread_create(&t, 0, thr, 0);
    pthread_join(t, 0);
    report("main-again");
    return 0;
}
