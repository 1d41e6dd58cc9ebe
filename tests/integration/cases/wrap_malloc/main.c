#include <stdio.h>
#include <stdlib.h>
extern volatile int track;   /* volatile: gcc assumes malloc does not read globals */
extern size_t tracked_bytes, tracked_calls;
int compute(int);
int compute_from_same_file(int);
int __real_compute(int);
int main(void)
{
    track = 1;
    static void *volatile keep[3];
    keep[0] = malloc(10); keep[1] = malloc(200); keep[2] = malloc(3000);
    track = 0;
    printf("calls=%zu bytes=%zu\n", tracked_calls, tracked_bytes);
    for (int i = 0; i < 3; i++) free(keep[i]);
    printf("compute(5)=%d real=%d same-file=%d\n", compute(5), __real_compute(5), compute_from_same_file(5));
    return 0;
}
