#include <setjmp.h>
int lib_iterate(int n, void (*cb)(int))
{
    for (int i = 0; i < n; i++) cb(i);
    return n;
}
static jmp_buf lib_jb;
static void lib_deep(int d) { if (d == 0) longjmp(lib_jb, 77); lib_deep(d - 1); }
int lib_own_jump(void)
{
    int r = setjmp(lib_jb);
    if (r == 0) lib_deep(5);
    return r;
}
