#include <pthread.h>
#include <stdio.h>
#define N 8
long work(int id);
extern __thread long tl_counter;
static long results[N];
static void *thr(void *arg)
{
    int id = (int)(long)arg;
    results[id] = work(id);
    return (void *)&tl_counter;
}
int main(void)
{
    pthread_t t[N];
    void *addr[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], 0, thr, (void *)(long)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], &addr[i]);
    int distinct = 1;
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++)
            if (addr[i] == addr[j]) distinct = 0;
    for (int i = 0; i < N; i++) printf("thread %d: %ld\n", i, results[i]);
    printf("distinct tls addresses: %d, main counter still %ld\n", distinct, tl_counter);
    return 0;
}
