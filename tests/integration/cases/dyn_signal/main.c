#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
void lib_install(int sig, void (*cb)(int));
int lib_count_get(void);
static volatile sig_atomic_t got_value, got_sig, cb_calls;
static void info_handler(int sig, siginfo_t *si, void *ctx) { (void)ctx; got_sig = sig; got_value = si->si_value.sival_int; }
static void exe_cb(int sig) { cb_calls += sig == SIGUSR2; }
int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = info_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGRTMIN, &sa, 0);
    union sigval v = {.sival_int = 4242};
    sigqueue(getpid(), SIGRTMIN, v);
    printf("SA_SIGINFO: sig is SIGRTMIN %d, value %d\n", got_sig == SIGRTMIN, (int)got_value);
    lib_install(SIGUSR2, exe_cb);
    raise(SIGUSR2);
    kill(getpid(), SIGUSR2);
    printf("library handler: %d calls, exe callback: %d\n", lib_count_get(), (int)cb_calls);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR2);
    sigset_t pend;
    sigpending(&pend);
    printf("blocked: pending %d, count still %d\n", sigismember(&pend, SIGUSR2), lib_count_get());
    sigprocmask(SIG_SETMASK, &old, 0);
    printf("unblocked: count %d\n", lib_count_get());
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    puts("SIGUSR1 ignored");
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) { pause(); _exit(0); }
    kill(p, SIGTERM);
    int st;
    waitpid(p, &st, 0);
    printf("child: signaled %d by SIGTERM %d\n", WIFSIGNALED(st), WTERMSIG(st) == SIGTERM);
    return 0;
}
