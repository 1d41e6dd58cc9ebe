#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t loaded;
static int (*bump)(void);
static int *(*pv_addr)(void);

struct res { int id, v, pv, same; };
static void *pv_sym;

static void work(struct res *r)
{
    for (int i = 0; i < 2 + r->id; i++) r->v = bump();
    *pv_addr() += r->id;
    r->pv = *pv_addr();
    r->same = (void *)pv_addr() != pv_sym;   /* pv_sym is the main thread's */
}

static void *early(void *arg)   /* exists before the dlopen */
{
    pthread_barrier_wait(&loaded);
    work(arg);
    return NULL;
}
static void *late(void *arg) { work(arg); return NULL; }

int main(void)
{
    struct res r[3] = { { .id = 1 }, { .id = 2 }, { .id = 3 } };
    pthread_t t[2];
    pthread_barrier_init(&loaded, NULL, 2);
    pthread_create(&t[0], NULL, early, &r[0]);
    void *h = dlopen("./plugin.so", RTLD_NOW);
    if (!h) { printf("dlopen failed: %s\n", dlerror()); return 1; }
    bump = (int (*)(void))dlsym(h, "plugin_bump");
    pv_addr = (int *(*)(void))dlsym(h, "plugin_pv");
    pv_sym = dlsym(h, "pv");
    printf("dlsym(pv) == plugin_pv() in main: %d\n", pv_sym == (void *)pv_addr());
    pthread_barrier_wait(&loaded);
    pthread_create(&t[1], NULL, late, &r[1]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    work(&r[2]);
    for (int i = 0; i < 3; i++)
        printf("%s: last %d, pv %d, own copy %d\n", i == 0 ? "early thread" : i == 1 ? "late thread" : "main",
               r[i].v, r[i].pv, i < 2 ? r[i].same : 1);
    return 0;
}
