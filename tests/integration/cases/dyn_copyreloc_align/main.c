#include <stdint.h>
#include <stdio.h>
extern char lib_c1, lib_c2;
struct __attribute__((aligned(64))) line { long v[8]; };
extern struct line lib_line;
extern short lib_s1;
extern double lib_vec[8] __attribute__((aligned(32)));
extern char lib_page[4096] __attribute__((aligned(4096)));
long lib_sum_line(void);
void *lib_addrs(int i);
int main(void)
{
    printf("line%%64=%d vec%%32=%d page%%4096=%d s1%%2=%d\n",
           (int)((uintptr_t)&lib_line % 64), (int)((uintptr_t)lib_vec % 32),
           (int)((uintptr_t)lib_page % 4096), (int)((uintptr_t)&lib_s1 % 2));
    double s = 0;
    for (int i = 0; i < 8; i++) s += lib_vec[i];
    long l = 0;
    for (int i = 0; i < 8; i++) l += lib_line.v[i];
    printf("c1=%c c2=%c s1=%d vec sum=%.1f line sum=%ld/%ld page=%s\n", lib_c1, lib_c2, lib_s1, s, l,
           lib_sum_line(), lib_page);
    void *mine[] = {&lib_c1, &lib_line, &lib_s1, lib_vec, &lib_c2, lib_page};
    int same = 0;
    for (int i = 0; i < 6; i++) same += mine[i] == lib_addrs(i);
    lib_line.v[7] = 100;
    printf("same addresses: %d/6, after write lib sum=%ld\n", same, lib_sum_line());
    return 0;
}
