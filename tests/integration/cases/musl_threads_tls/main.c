#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__thread int tl_value = 17;
__thread char tl_buf[64];
static __thread long tl_big[32] __attribute__((aligned(64)));
int *other_tls_addr(void);
static void *worker(void *arg)
{
    int id = (int)(long)arg;
    tl_value += id;
    snprintf(tl_buf, sizeof tl_buf, "worker-%d", id);
    for (int i = 0; i < 32; i++) tl_big[i] = id * i;
    char *heap = malloc(1000 + id);
    memset(heap, id, 1000 + id);
    long s = 0; for (int i = 0; i < 1000 + id; i++) s += heap[i];
    free(heap);
    long t = 0; for (int i = 0; i < 32; i++) t += tl_big[i];
    char *res = malloc(128);
    snprintf(res, 128, "%s value=%d heap=%ld big=%ld aligned=%d same=%d", tl_buf, tl_value, s, t,
             (int)((unsigned long)tl_big % 64), other_tls_addr() == &tl_value);
    return res;
}
int main(void)
{
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < 4; i++) { char *r; pthread_join(t[i], (void **)&r); puts(r); free(r); }
    printf("main tl_value=%d buf=[%s]\n", tl_value, tl_buf);
    return 0;
}
