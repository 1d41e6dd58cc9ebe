#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
extern int lib_data;
int lib_twice(int x);
extern char _GLOBAL_OFFSET_TABLE_[];
static int a = 1, b = 2;
static int *const table[2] = {&a, &b};       /* needs relocation: .data.rel.ro */
int plain_data = 5;

static sigjmp_buf jb;
static void on_segv(int sig) { (void)sig; siglongjmp(jb, 1); }
__attribute__((noinline)) static int write_faults(volatile long *p)
{
    if (sigsetjmp(jb, 1)) return 1;
    long v = *p;
    *p = v;            /* same value: harmless if it does not fault */
    return 0;
}
int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sigaction(SIGSEGV, &sa, 0);
    printf("values: %d %d lib_data=%d twice=%d\n", *table[0], *table[1], lib_data, lib_twice(21));
    printf(".data.rel.ro write faults: %d\n", write_faults((volatile long *)(void *)table));
    printf("GOT write faults: %d\n", write_faults((volatile long *)(void *)_GLOBAL_OFFSET_TABLE_));
    printf(".data write faults: %d\n", write_faults((volatile long *)(void *)&plain_data));
    printf("still working: %d\n", lib_twice(lib_data));
    return 0;
}
