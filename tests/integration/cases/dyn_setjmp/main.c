#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
int lib_iterate(int n, void (*cb)(int));
int lib_own_jump(void);
static jmp_buf jb;
static int seen;
static void cb(int i) { seen += i; if (i == 3) longjmp(jb, i + 100); }
static sigjmp_buf sjb;
static void handler(int sig) { siglongjmp(sjb, sig); }
int main(void)
{
    volatile int r = setjmp(jb);
    if (r == 0) {
        lib_iterate(10, cb);
        puts("not reached");
    }
    printf("longjmp out of the library: r=%d seen=%d\n", r, seen);
    printf("library's own setjmp/longjmp: %d\n", lib_own_jump());
    signal(SIGUSR1, handler);
    int s = sigsetjmp(sjb, 1);
    if (s == 0) raise(SIGUSR1);
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    printf("siglongjmp from handler: sig=%d, SIGUSR1 blocked after: %d\n", s == SIGUSR1, sigismember(&cur, SIGUSR1));
    return 0;
}
