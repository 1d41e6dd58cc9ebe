#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <errno.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
__attribute__((constructor)) static void ctor(void) { puts("musl ctor"); }
static void bye(void) { puts("musl atexit"); }
int main(int argc, char **argv)
{
    atexit(bye);
    int v[] = { 5, 3, 9, 1, 7 };
    qsort(v, 5, sizeof *v, cmp);
    printf("sorted: %d %d %d %d %d argc=%d argv0=%s\n", v[0], v[1], v[2], v[3], v[4], argc, argv[0]);
    volatile double x = 2.0;
    printf("sqrt=%.6f pow=%.3f strtod=%g\n", sqrt(x), pow(x, 10), strtod("1.5e3", 0));
    errno = 0;
    fopen("/nonexistent/x", "r");
    printf("errno=%d %s\n", errno, strerror(errno));
    fprintf(stderr, "stderr from musl\n");
    return 0;
}
