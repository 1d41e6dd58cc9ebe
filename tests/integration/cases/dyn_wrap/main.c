#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int lib_compute(int x);
int lib_calls_compute(int x);
int __real_lib_compute(int x);
void *__real_malloc(size_t n);
static int wrap_calls, malloc_calls;
int __wrap_lib_compute(int x) { wrap_calls++; return __real_lib_compute(x) + 1000; }
void *__wrap_malloc(size_t n) { malloc_calls++; return __real_malloc(n); }
int main(void)
{
    int a = lib_compute(3);
    int b = lib_calls_compute(3);
    printf("lib_compute(3)=%d lib_calls_compute(3)=%d wrap_calls=%d\n", a, b, wrap_calls);
    char *p = malloc(16);
    strcpy(p, "wrapped malloc");
    printf("%s, malloc_calls=%d\n", p, malloc_calls);
    free(p);
    return 0;
}
