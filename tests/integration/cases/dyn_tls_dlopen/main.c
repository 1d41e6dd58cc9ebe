#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
__thread int exe_tls = 4;
static int (*step)(int);
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int loaded;
static int early_result, late_result;
static void *early(void *arg)
{
    (void)arg;
    exe_tls = 6;
    pthread_mutex_lock(&mu);
    while (!loaded) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    early_result = step(2);
    early_result += step(2) * 0;      /* second call: same thread, same block */
    return 0;
}
static void *late(void *arg) { (void)arg; exe_tls = 8; late_result = step(3); return 0; }
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, early, 0);
    void *h = dlopen("./plugin.so", RTLD_NOW);
    if (!h) { printf("dlopen failed: %s\n", dlerror()); return 1; }
    step = (int (*)(int))dlsym(h, "plugin_step");
    int *ptls = (int *)dlsym(h, "plugin_tls");
    printf("main: step=%d step=%d plugin_tls via dlsym=%d\n", step(1), step(1), ptls ? *ptls : -1);
    pthread_mutex_lock(&mu);
    loaded = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    pthread_join(t1, 0);
    pthread_create(&t2, 0, late, 0);
    pthread_join(t2, 0);
    printf("early thread: %d, late thread: %d, main again: %d\n", early_result, late_result, step(0));
    return 0;
}
