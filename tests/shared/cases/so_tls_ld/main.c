#include <pthread.h>
#include <stdio.h>

int lib_step(int);
int lib_counter(void);

static void *worker(void *arg)
{
    long id = (long)arg, v = 0;
    for (int i = 1; i <= 3; i++) v = lib_step(i * (int)id);
    return (void *)(v * 10 + lib_counter() % 10);
}

int main(void)
{
    pthread_t t[2];
    void *res[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < 2; i++) pthread_join(t[i], &res[i]);
    for (int i = 0; i < 2; i++) printf("thread %d: %ld\n", i + 1, (long)res[i]);
    int v = lib_step(5);
    printf("main: step(5) = %d, counter %d\n", v, lib_counter());
    return 0;
}
