#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
extern const int lib_primes[16];
extern const char lib_banner[];
struct cfg { int version; char tag[8]; double scale; };
extern const struct cfg lib_cfg;
const int *lib_primes_addr(void);
const char *lib_banner_addr(void);
const struct cfg *lib_cfg_addr(void);
int lib_sum_primes(void);

static sigjmp_buf jb;
static void on_segv(int sig) { (void)sig; siglongjmp(jb, 1); }
__attribute__((noinline)) static int write_faults(volatile int *p)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sigaction(SIGSEGV, &sa, 0);
    if (sigsetjmp(jb, 1)) return 1;
    *p = 12345;
    return 0;
}

int main(void)
{
    int s = 0;
    for (int i = 0; i < 16; i++) s += lib_primes[i];
    printf("exe sum=%d lib sum=%d primes[15]=%d\n", s, lib_sum_primes(), lib_primes[15]);
    printf("banner=\"%s\" len=%zu cfg=%d/%s/%.3f\n", lib_banner, strlen(lib_banner),
           lib_cfg.version, lib_cfg.tag, lib_cfg.scale);
    printf("same objects: %d %d %d\n", lib_primes == lib_primes_addr(),
           lib_banner == lib_banner_addr(), &lib_cfg == lib_cfg_addr());
    printf("write to copied const array faults: %d\n", write_faults((volatile int *)(void *)lib_primes));
    printf("write to copied const struct faults: %d\n", write_faults((volatile int *)(void *)&lib_cfg));
    return 0;
}
