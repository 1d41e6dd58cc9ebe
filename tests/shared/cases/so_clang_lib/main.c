#include <pthread.h>
#include <stdio.h>
extern int cl_counter;
extern __thread int cl_tls;
const char *cl_init_log(void), *cl_day(int), *cl_call_name(void);
const char *(*cl_name_ptr(void))(void);
int cl_sum(int, ...), cl_tls_bump(void), *cl_tls_addr(void), cl_apply(int (*)(int), int);
const char *cl_name(void) { return "prog cl_name"; }
static int triple(int x) { return 3 * x; }
static void *thr(void *arg) {
    int a = cl_tls_bump(), b = cl_tls_bump();
    printf("thread: tls %d %d, same address as prog's view: %s\n", a, b, cl_tls_addr() == &cl_tls ? "yes" : "NO");
    return arg;
}
int main(void) {
    printf("constructors ran in order: %s\n", cl_init_log());
    for (int d = 0; d < 8; d++) printf("%s ", cl_day(d));
    printf("\nsum = %d\n", cl_sum(5, 1, 2, 3, 4, 5));
    printf("cl_call_name() = %s; &cl_name from lib calls %s, equals prog's: %s\n", cl_call_name(),
           cl_name_ptr()(), cl_name_ptr() == cl_name ? "yes" : "NO");
    int r = cl_apply(triple, 5);
    printf("cl_apply = %d, cl_counter = %d\n", r, cl_counter);
    cl_counter = 50;
    printf("cl_apply after prog sets 50 = %d\n", cl_apply(triple, 1));
    int a = cl_tls_bump();
    cl_tls += 10;
    printf("main: tls %d then %d\n", a, cl_tls_bump());
    pthread_t t;
    pthread_create(&t, NULL, thr, NULL);
    pthread_join(t, NULL);
    printf("main: tls still %d\n", cl_tls);
    return 0;
}
