#include <stdio.h>
extern int lib_scale;
extern __thread int lib_tls;
int lib_mul(int x);
int lib_apply(int (*f)(int), int x);
int part_inc(int x);
int part_combo(int x);
int main(void)
{
    printf("lib_mul(5)=%d apply(part_inc, 5)=%d\n", lib_mul(5), lib_apply(part_inc, 5));
    int c = part_combo(5);
    printf("part_combo(5)=%d lib_scale=%d lib_tls=%d\n", c, lib_scale, lib_tls);
    lib_tls += 1;
    printf("lib_tls now %d, apply(lib_mul, 2)=%d\n", lib_tls, lib_apply(lib_mul, 2));
    return 0;
}
