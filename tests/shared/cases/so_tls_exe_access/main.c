#include <pthread.h>
#include <stdio.h>
#include <string.h>

extern __thread int shared_tls;
extern __thread char shared_buf[8];
int lib_get(void);
void lib_set(int);
int *lib_addr(void);
const char *lib_buf(void);

struct res { int id, initial, seen_by_lib, seen_by_prog, same; char buf[8]; };

static void *worker(void *arg)
{
    struct res *r = arg;
    r->initial = shared_tls;
    shared_tls = r->id * 10;
    r->seen_by_lib = lib_get();
    lib_set(r->id * 10 + 1);
    r->seen_by_prog = shared_tls;
    r->same = &shared_tls == lib_addr() && shared_buf == lib_buf();
    snprintf(shared_buf, sizeof shared_buf, "t%d", r->id);
    strcpy(r->buf, lib_buf());
    return NULL;
}

int main(void)
{
    struct res r[3] = { { .id = 1 }, { .id = 2 }, { .id = 3 } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &r[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    worker(&r[2]);
    for (int i = 0; i < 3; i++)
        printf("%s %d: initial %d, lib sees %d, prog sees %d, same objects %d, buf %s\n",
               i < 2 ? "thread" : "main", r[i].id, r[i].initial, r[i].seen_by_lib, r[i].seen_by_prog,
               r[i].same, r[i].buf);
    return 0;
}
