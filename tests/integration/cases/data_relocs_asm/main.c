#include <stdio.h>
#include <stdint.h>
extern int arr[6], arr_end[];
extern void *tbl_abs64[4];
extern int64_t tbl_pc64[2];
extern int32_t tbl_pc32[2];
extern uint32_t tbl_abs32[2];
extern struct { uint16_t w; uint8_t b; } tbl_small;
extern int *tbl_neg[1];
int get_sizes(void);
int ext_fn(void) { return 7; }
int main(void)
{
    printf("abs64: %d %d %d fn=%d\n", *(int *)tbl_abs64[0], *(int *)tbl_abs64[1], *(int *)tbl_abs64[2], ((int (*)(void))tbl_abs64[3])());
    printf("pc64: %d %d\n", (char *)&tbl_pc64[0] + tbl_pc64[0] == (char *)arr, (char *)&tbl_pc64[1] + tbl_pc64[1] == (char *)ext_fn);
    printf("pc32: %d %d\n", *(int *)((char *)&tbl_pc32[0] + tbl_pc32[0]), *(int *)((char *)&tbl_pc32[1] + tbl_pc32[1]));
    printf("abs32: %d %d\n", tbl_abs32[0] == (uint32_t)(uintptr_t)arr, tbl_abs32[1] == (uint32_t)(uintptr_t)&arr[1]);
    printf("small: %u %u\n", tbl_small.w, tbl_small.b);
    printf("neg: %d lea: %d\n", *tbl_neg[0], get_sizes());
    return 0;
}
