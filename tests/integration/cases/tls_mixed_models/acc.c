extern __thread int shared_tls;
extern __thread long shared_bss;
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
int *CAT(addr_, MODEL)(void) { return &shared_tls; }
void CAT(add_, MODEL)(int v) { shared_tls += v; shared_bss += v; }
