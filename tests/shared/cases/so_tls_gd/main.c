#include <pthread.h>
#include <stdio.h>
#include <string.h>

int lib_bump(void);
int *lib_tcount_addr(void);
void lib_set_name(const char *);
const char *lib_name(void);

struct res { int id, last; void *addr; char name[16]; };

static void *worker(void *arg)
{
    struct res *r = arg;
    char buf[16];
    for (int i = 0; i < 3 + r->id; i++) r->last = lib_bump();
    snprintf(buf, sizeof buf, "thread-%d", r->id);
    lib_set_name(buf);
    strcpy(r->name, lib_name());
    r->addr = lib_tcount_addr();
    return NULL;
}

int main(void)
{
    struct res r[2] = { { .id = 1 }, { .id = 2 } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &r[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    int mine = lib_bump();
    for (int i = 0; i < 2; i++) printf("thread %d: last %d, name %s\n", r[i].id, r[i].last, r[i].name);
    printf("main: %d, name %s\n", mine, lib_name());
    printf("distinct addresses: %d\n", r[0].addr != r[1].addr && r[0].addr != (void *)lib_tcount_addr()
                                       && r[1].addr != (void *)lib_tcount_addr());
    return 0;
}
