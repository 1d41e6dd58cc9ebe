#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define DECL(m) int m##_get(void); void m##_add(int); char *m##_name(void); int *m##_addr(void);
DECL(gd) DECL(ie) DECL(desc)
int *lib_counter_addr(void);
void lib_add(int n);
long lib_big_last(void);
__thread int exe_counter = 5;
__thread char exe_tag[8];

struct result { char line[200]; };
static struct result results[3];
static pthread_barrier_t barrier;

static void work(int id)
{
    gd_add(id * 10);
    ie_add(id * 100);
    desc_add(id);
    lib_add(1);
    exe_counter += id;
    snprintf(exe_tag, sizeof exe_tag, "t%d", id);
    snprintf(desc_name(), 16, "name-%d", id);
    pthread_barrier_wait(&barrier);      /* all threads have written their copies */
    snprintf(results[id].line, sizeof results[id].line,
             "id %d: counter gd=%d ie=%d desc=%d name=%s big=%ld exe=%d tag=%s same=%d%d%d",
             id, gd_get(), ie_get(), desc_get(), gd_name(), lib_big_last(), exe_counter, exe_tag,
             gd_addr() == lib_counter_addr(), ie_addr() == lib_counter_addr(), desc_addr() == lib_counter_addr());
}
static void *thread_main(void *arg) { work((int)(long)arg); return 0; }
int main(void)
{
    pthread_barrier_init(&barrier, 0, 3);
    pthread_t t[2];
    for (long i = 1; i <= 2; i++) pthread_create(&t[i - 1], 0, thread_main, (void *)i);
    work(0);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    for (int i = 0; i < 3; i++) puts(results[i].line);
    return 0;
}
