#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t bar;
static char log_buf[512];
static void note(const char *s) { pthread_mutex_lock(&mu); strcat(log_buf, s); strcat(log_buf, ";"); pthread_mutex_unlock(&mu); }
static void cleanup(void *arg) { note((const char *)arg); }
static void unlock_cleanup(void *arg) { (void)arg; pthread_mutex_unlock(&mu); note("unlock"); }
static void *waiter(void *arg)
{
    (void)arg;
    pthread_cleanup_push(cleanup, "waiter outer");
    pthread_mutex_lock(&mu);
    pthread_cleanup_push(unlock_cleanup, 0);
    pthread_barrier_wait(&bar);
    for (;;) pthread_cond_wait(&cv, &mu);      /* cancelled here */
    pthread_cleanup_pop(1);
    pthread_cleanup_pop(1);
    return 0;
}
static void *spinner(void *arg)
{
    (void)arg;
    int old;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    pthread_cleanup_push(cleanup, "spinner cleanup");
    pthread_barrier_wait(&bar);
    usleep(20000);                             /* cancel is pending but disabled */
    note("spinner survived disabled cancel");
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
    for (;;) pthread_testcancel();
    pthread_cleanup_pop(0);
    return 0;
}
static void *exiter(void *arg)
{
    (void)arg;
    pthread_cleanup_push(cleanup, "exiter cleanup 1");
    pthread_cleanup_push(cleanup, "exiter cleanup 2");
    pthread_exit((void *)42);
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    return 0;
}
int main(void)
{
    pthread_t t;
    void *res;
    pthread_barrier_init(&bar, 0, 2);
    pthread_create(&t, 0, waiter, 0);
    pthread_barrier_wait(&bar);
    pthread_mutex_lock(&mu);                   /* the waiter is inside pthread_cond_wait */
    pthread_mutex_unlock(&mu);
    pthread_cancel(t);
    pthread_join(t, &res);
    printf("waiter: canceled=%d log=%s\n", res == PTHREAD_CANCELED, log_buf);
    log_buf[0] = 0;
    pthread_create(&t, 0, spinner, 0);
    pthread_barrier_wait(&bar);
    pthread_cancel(t);
    pthread_join(t, &res);
    printf("spinner: canceled=%d log=%s\n", res == PTHREAD_CANCELED, log_buf);
    log_buf[0] = 0;
    pthread_create(&t, 0, exiter, 0);
    pthread_join(t, &res);
    printf("exiter: value=%ld log=%s\n", (long)res, log_buf);
    return 0;
}
