#include <pthread.h>
#include <stdio.h>

extern __thread int d_var;
int lib_work(int);
int *lib_var_addr(void);

__thread int p_var = 50;

struct res { int id, v, seen, same; };

static void *worker(void *arg)
{
    struct res *r = arg;
    p_var += r->id;
    for (int i = 0; i < 3; i++) r->v = lib_work(r->id + i);
    d_var += 1000;                      /* the program writes the lib's TLS */
    r->seen = lib_work(0) + p_var;
    r->same = &d_var == lib_var_addr();
    return NULL;
}

int main(void)
{
    struct res r[2] = { { .id = 1 }, { .id = 4 } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &r[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++)
        printf("thread %d: %d %d, same address: %d\n", r[i].id, r[i].v, r[i].seen, r[i].same);
    printf("main: d_var %d, p_var %d, work %d, same address: %d\n", d_var, p_var, lib_work(3),
           &d_var == lib_var_addr());
    return 0;
}
