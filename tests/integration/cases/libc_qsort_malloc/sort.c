#include <stdlib.h>
#include <string.h>
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
void sort_ints(int *v, size_t n) { qsort(v, n, sizeof *v, cmp_int); }
void sort_strs(char **v, size_t n) { qsort(v, n, sizeof *v, cmp_str); }
