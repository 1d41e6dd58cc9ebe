#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void sort_ints(int *v, size_t n);
void sort_strs(char **v, size_t n);
int main(void)
{
    size_t n = 10000;
    int *v = malloc(n * sizeof *v);
    unsigned x = 12345;
    for (size_t i = 0; i < n; i++) { x = x * 1103515245u + 12345u; v[i] = (int)(x >> 8) % 100000; }
    sort_ints(v, n);
    long sum = 0; int ok = 1;
    for (size_t i = 0; i < n; i++) { sum += v[i]; if (i && v[i - 1] > v[i]) ok = 0; }
    printf("sorted=%d min=%d max=%d sum=%ld\n", ok, v[0], v[n - 1], sum);
    v = realloc(v, 2 * n * sizeof *v);
    memset(v + n, 0, n * sizeof *v);
    printf("realloc keeps data: %d\n", v[n - 1] >= v[0]);
    free(v);
    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "date" };
    char *copy[6];
    for (int i = 0; i < 6; i++) copy[i] = strdup(words[i]);
    sort_strs(copy, 6);
    for (int i = 0; i < 6; i++) { printf("%s%s", copy[i], i < 5 ? "," : "\n"); free(copy[i]); }
    char *big = calloc(1 << 20, 1);
    printf("calloc zero: %d\n", big[12345] == 0 && big[(1 << 20) - 1] == 0);
    free(big);
    return 0;
}
