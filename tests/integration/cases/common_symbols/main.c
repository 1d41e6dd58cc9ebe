#include <stdio.h>
#include <stdint.h>
extern int shared_buf[64];
extern int counter;
extern char small_common;
extern double dbl_common;
extern char aligned_common[40];
extern long guard_a, guard_b;
void fill_a(void); void fill_b(void); void bump(void);
int main(void)
{
    long sum = 0;
    for (int i = 0; i < 64; i++) sum += shared_buf[i];
    printf("initial sum=%ld counter=%d\n", sum, counter);
    fill_a(); fill_b(); bump();
    guard_a = 11; guard_b = 22;
    for (int i = 0; i < 40; i++) aligned_common[i] = (char)i;
    sum = 0;
    for (int i = 0; i < 64; i++) sum += shared_buf[i];
    printf("sum=%ld counter=%d small=%c dbl=%.1f\n", sum, counter, small_common, dbl_common);
    printf("guards %ld %ld last=%d\n", guard_a, guard_b, shared_buf[63]);
    printf("aligned_common %% 32 = %lu\n", (unsigned long)((uintptr_t)aligned_common % 32));
    printf("dbl_common %% 8 = %lu\n", (unsigned long)((uintptr_t)&dbl_common % 8));
    return 0;
}
