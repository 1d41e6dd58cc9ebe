#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__thread int tls_val = 4;
static void at(void) { printf("atexit handler\n"); }
static void *thr(void *a) { tls_val += (int)(long)a; return (void *)(long)tls_val; }
static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
int main(void)
{
    atexit(at);
    pthread_t t; void *r;
    pthread_create(&t, 0, thr, (void *)10L);
    pthread_join(t, &r);
    const char *w[] = { "delta", "alpha", "charlie", "bravo" };
    qsort(w, 4, sizeof *w, cmp);
    printf("thread tls=%ld main tls=%d sorted=%s,%s,%s,%s\n", (long)r, tls_val, w[0], w[1], w[2], w[3]);
    FILE *f = fopen("/nonexistent", "r");
    printf("fopen failed: %d\n", f == 0);
    return 0;
}
