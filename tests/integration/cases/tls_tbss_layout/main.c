#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

__thread char tls_big[1 << 20];
__thread int tls_page __attribute__((aligned(4096)));
__thread long tls_init = 5;
extern __thread int tls_other[16];     /* other.c: .tbss aligned to 64 */
extern __thread long tls_common_var[3]; /* .tls_common: 24 bytes win over 8 */
extern __thread char tls_tcommon[100]; /* an explicit .tcommon section */

static long sum_zero(void) {
    long s = 0;
    for (int i = 0; i < (1 << 20); i += 512) s += tls_big[i];
    for (int i = 0; i < 16; i++) s += tls_other[i];
    for (int i = 0; i < 100; i++) s += tls_tcommon[i];
    return s + tls_page + tls_common_var[0] + tls_common_var[2];
}

static void report(const char *who, int k) {
    printf("%s: zeros %ld init %ld", who, sum_zero(), tls_init);
    tls_big[k] = (char)k;
    tls_big[(1 << 20) - 1] = (char)(k + 1);
    tls_page = k * 2;
    tls_other[15] = k * 3;
    tls_common_var[2] = k * 4;
    tls_tcommon[99] = (char)(k * 5);
    tls_init += k;
    printf(" -> %d %d %d %d %ld %d %ld, page-aligned %d, other 64-aligned %d\n", tls_big[k],
           tls_big[(1 << 20) - 1], tls_page, tls_other[15], tls_common_var[2], tls_tcommon[99], tls_init,
           (int)((uintptr_t)&tls_page % 4096 == 0), (int)((uintptr_t)tls_other % 64 == 0));
}

static void *thread_main(void *arg) {
    (void)arg;
    report("thread", 7);
    return NULL;
}

int main(void) {
    report("main", 3);
    pthread_t t;
    pthread_create(&t, NULL, thread_main, NULL);
    pthread_join(t, NULL);
    printf("main again: %d %d %d %ld %d %ld\n", tls_big[3], tls_page, tls_other[15], tls_common_var[2],
           tls_tcommon[99], tls_init);
    return 0;
}
