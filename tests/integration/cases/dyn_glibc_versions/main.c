#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
void *old_memcpy(void *d, const void *s, size_t n);
static void *thread_fn(void *arg) { *(int *)arg *= 3; return arg; }
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void)
{
    char src[64] = "copied by memcpy", dst[64], dst2[64];
    volatile size_t n = strlen(src) + 1;
    memcpy(dst, src, n);
    old_memcpy(dst2, "copied by memcpy@GLIBC_2.2.5", 29);
    printf("%s / %s\n", dst, dst2);
    FILE *f = fopen("versions.tmp", "w+");
    fprintf(f, "line %d\n", 42);
    rewind(f);
    char buf[32];
    printf("fopen/fgets: %s", fgets(buf, sizeof buf, f));
    fclose(f);
    remove("versions.tmp");
    int v = 14;
    pthread_t t;
    void *ret;
    pthread_create(&t, 0, thread_fn, &v);
    pthread_join(t, &ret);
    printf("pthread_create: %d, ret ok %d\n", v, ret == &v);
    void *h = dlopen("libm.so.6", RTLD_NOW);
    double (*sq)(double) = h ? (double (*)(double))dlsym(h, "sqrt") : 0;
    printf("dlopen libm: %d sqrt(2)=%.6f\n", h != 0, sq ? sq(2.0) : -1.0);
    char rp[PATH_MAX];
    printf("realpath(/usr/../usr/bin) = %s\n", realpath("/usr/../usr/bin", rp));
    int a[] = {5, 3, 9, 1, 7};
    qsort(a, 5, sizeof a[0], cmp);
    printf("qsort: %d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
    struct timespec ts;
    printf("clock_gettime ok: %d\n", clock_gettime(CLOCK_MONOTONIC, &ts) == 0);
    char small[16];
    snprintf(small, sizeof small, "%s-%d", "chk", 7);     /* __snprintf_chk */
    printf("fortified: %s\n", small);
    return 0;
}
