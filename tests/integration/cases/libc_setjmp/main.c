#include <setjmp.h>
#include <stdio.h>
extern jmp_buf env;
void dive(int n);
static sigjmp_buf senv;
int main(void)
{
    volatile int rounds = 0;
    int r = setjmp(env);
    rounds++;
    printf("setjmp returned %d (round %d)\n", r, rounds);
    if (r == 0) dive(50);
    if (sigsetjmp(senv, 1) == 0) { printf("sigsetjmp first\n"); siglongjmp(senv, 7); }
    else printf("after siglongjmp\n");
    return rounds;
}
