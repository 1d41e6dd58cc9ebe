#include <pthread.h>
#include <stdio.h>

long lib_work(int);
int *lib_ie_addr(void);

struct res { int id; long v; void *addr; };

static void *worker(void *arg)
{
    struct res *r = arg;
    for (int i = 0; i < 4; i++) r->v = lib_work(r->id);
    r->addr = lib_ie_addr();
    return NULL;
}

int main(void)
{
    struct res r[2] = { { .id = 1 }, { .id = 7 } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &r[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++) printf("thread %d: %ld\n", r[i].id, r[i].v);
    printf("main: %ld\n", lib_work(2));
    printf("distinct addresses: %d\n", r[0].addr != r[1].addr && r[0].addr != (void *)lib_ie_addr());
    return 0;
}
