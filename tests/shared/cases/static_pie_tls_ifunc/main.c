#include <pthread.h>
#include <stdio.h>
#include <string.h>
__thread int tls_init = 1234;
__thread char tls_buf[64] = "initial";
__thread int tls_zero;
__thread long tls_gd = 100;
long gd_bump(long), *gd_addr(void);

static int impl_a(int x) { return x * 10; }
static int impl_b(int x) { return x * 100; }
static int choose_b = 1;
static int (*resolve_scale(void))(int) { return choose_b ? impl_b : impl_a; }
int scale(int) __attribute__((ifunc("resolve_scale")));
int (*scale_ptr)(int) = scale;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    char line[160];
    tls_zero += id;
    tls_init += id;
    snprintf(tls_buf, sizeof tls_buf, "thread %d", id);
    long g = gd_bump(id);
    snprintf(line, sizeof line, "%s: tls_init %d tls_zero %d gd %ld own-gd-addr %s scale %d",
             tls_buf, tls_init, tls_zero, g, gd_addr() == &tls_gd ? "yes" : "NO", scale(id));
    return strdup(line);
}
int main(void) {
    printf("main initial: tls_init %d tls_buf \"%s\" tls_zero %d tls_gd %ld\n", tls_init, tls_buf,
           tls_zero, tls_gd);
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < 3; i++) {
        char *s;
        pthread_join(t[i], (void **)&s);
        printf("%s\n", s);
    }
    printf("main after threads: tls_init %d tls_buf \"%s\" gd %ld\n", tls_init, tls_buf, gd_bump(1));
    int (*volatile local_ptr)(int) = scale;
    printf("ifunc: scale(3) = %d, via initialized pointer %d, via address taken in code %d\n",
           scale(3), scale_ptr(3), local_ptr(3));
    char buf[32];
    memcpy(buf, "libc ifuncs", 12);
    printf("%s: strlen %zu\n", buf, strlen(buf));
    return 0;
}
