#include <stddef.h>
#include <stdio.h>
void *__real_malloc(size_t);
volatile int track;                 /* only count while main asks for it */
size_t tracked_bytes, tracked_calls;
void *__wrap_malloc(size_t n)
{
    if (track) { tracked_calls++; tracked_bytes += n; }
    return __real_malloc(n);
}
int __real_compute(int);
int __wrap_compute(int x) { return __real_compute(x) + 1000; }
