#include <stdatomic.h>
#include <stdio.h>
#include <threads.h>
static atomic_long counter;
static atomic_int flag;
static _Thread_local int local_hits;
static int run(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 20000; i++) { atomic_fetch_add(&counter, id); local_hits++; }
    int expected = 0;
    atomic_compare_exchange_strong(&flag, &expected, 1);
    return local_hits;
}
int main(void)
{
    thrd_t t[4];
    for (long i = 0; i < 4; i++) thrd_create(&t[i], run, (void *)(i + 1));
    int sum = 0;
    for (int i = 0; i < 4; i++) { int r; thrd_join(t[i], &r); sum += r; }
    printf("counter=%ld flag=%d hits=%d main_hits=%d\n", atomic_load(&counter), atomic_load(&flag), sum, local_hits);
    return 0;
}
