#include <pthread.h>
#include <stdio.h>
__thread int exe_tls = 42;
__thread char exe_tls_buf[32] = "exe tls";
__thread long exe_tls_zero[16];
int gd_read(void);
void gd_write(int v);
const char *gd_buf(void);
void *gd_addr(void);
long gd_zero15(void);
int ie_read(void);
void ie_append(char c);
void *ie_addr(void);
static void report(const char *who)
{
    printf("%s: exe=%d gd=%d ie=%d buf=%s/%s zero15=%ld/%ld same=%d%d\n", who, exe_tls, gd_read(), ie_read(),
           exe_tls_buf, gd_buf(), exe_tls_zero[15], gd_zero15(), gd_addr() == (void *)&exe_tls,
           ie_addr() == (void *)&exe_tls);
}
static void *thread_main(void *arg)
{
    (void)arg;
    report("thread start");
    gd_write(7);
    ie_append('T');
    report("thread end");
    return 0;
}
int main(void)
{
    report("main start");
    gd_write(99);
    ie_append('!');
    report("main");
    pthread_t t;
    pthread_create(&t, 0, thread_main, 0);
    pthread_join(t, 0);
    report("main after join");
    return 0;
}
