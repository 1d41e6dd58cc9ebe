#include <stdio.h>
#include <stdint.h>
extern int data_aligned[4], page_aligned;
extern char bss_aligned[100];
extern const char ro_aligned[10];
int aligned_fn(void);
static char small_before = 1;
int main(void)
{
    printf("data %% 65536 = %lu (%d %d)\n", (unsigned long)((uintptr_t)data_aligned % 65536), data_aligned[0], data_aligned[3]);
    printf("bss %% 65536 = %lu (%d)\n", (unsigned long)((uintptr_t)bss_aligned % 65536), bss_aligned[99]);
    printf("rodata %% 65536 = %lu (%s)\n", (unsigned long)((uintptr_t)ro_aligned % 65536), ro_aligned);
    printf("page %% 4096 = %lu (%d)\n", (unsigned long)((uintptr_t)&page_aligned % 4096), page_aligned);
    printf("text %% 65536 = %lu (%d)\n", (unsigned long)((uintptr_t)aligned_fn % 65536), aligned_fn());
    printf("small=%d\n", small_before);
    return 0;
}
