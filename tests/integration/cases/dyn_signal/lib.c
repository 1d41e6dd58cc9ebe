#include <signal.h>
#include <string.h>
static void (*user_cb)(int);
static volatile sig_atomic_t lib_count;
static void lib_handler(int sig) { lib_count++; if (user_cb) user_cb(sig); }
void lib_install(int sig, void (*cb)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = lib_handler;
    sigemptyset(&sa.sa_mask);
    user_cb = cb;
    sigaction(sig, &sa, 0);
}
int lib_count_get(void) { return lib_count; }
