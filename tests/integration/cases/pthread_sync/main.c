#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static long total;
static int turn, init_count;
static pthread_key_t key;
static int dtor_calls;
static void key_dtor(void *p) { (void)p; pthread_mutex_lock(&mu); dtor_calls++; pthread_mutex_unlock(&mu); }
static void do_init(void) { init_count++; pthread_key_create(&key, key_dtor); }
static void *worker(void *arg)
{
    int id = (int)(long)arg;
    pthread_once(&once, do_init);
    pthread_setspecific(key, arg == 0 ? (void *)1 : arg);
    for (int i = 0; i < 10000; i++) { pthread_mutex_lock(&mu); total += id; pthread_mutex_unlock(&mu); }
    pthread_mutex_lock(&mu);                /* take turns in id order */
    while (turn != id) pthread_cond_wait(&cv, &mu);
    printf("worker %d done, specific=%ld\n", id, (long)pthread_getspecific(key));
    turn++;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    return 0;
}
int main(void)
{
    pthread_t t[6];
    for (long i = 0; i < 6; i++) pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < 6; i++) pthread_join(t[i], 0);
    printf("total=%ld init_count=%d dtor_calls=%d\n", total, init_count, dtor_calls);
    return 0;
}
