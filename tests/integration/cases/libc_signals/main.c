#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static volatile sig_atomic_t got_usr1, got_usr2, got_info;
static void on_usr1(int sig) { (void)sig; got_usr1++; }
static void on_info(int sig, siginfo_t *si, void *uc) { (void)uc; got_info = sig + 1000 * (si->si_code == SI_USER || si->si_code == SI_TKILL); }
static void on_usr2(int sig) { (void)sig; got_usr2++; }
int main(void)
{
    signal(SIGUSR1, on_usr1);
    raise(SIGUSR1);
    raise(SIGUSR1);
    printf("SIGUSR1 handled %d times\n", (int)got_usr1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTERM, &sa, 0);
    kill(getpid(), SIGTERM);
    printf("SIGTERM via sigaction: %d\n", (int)got_info);

    sigset_t set, old;
    signal(SIGUSR2, on_usr2);
    sigemptyset(&set); sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR2);
    printf("while blocked: %d\n", (int)got_usr2);
    sigset_t pend; sigpending(&pend);
    printf("pending: %d\n", sigismember(&pend, SIGUSR2));
    sigprocmask(SIG_SETMASK, &old, 0);
    printf("after unblock: %d\n", (int)got_usr2);
    signal(SIGPIPE, SIG_IGN);
    printf("strsignal: %s\n", strsignal(SIGSEGV));
    return 0;
}
