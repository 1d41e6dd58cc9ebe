#include <stdio.h>
extern const char *run[700];
extern const char *const ro_run[130];
extern int exported_target, *exported_ptrs[3];
#define ST(n) struct st##n { const char *p; char pad[n - 8]; }; extern struct st##n strided_##n[40];
ST(16) ST(72) ST(520) ST(4104)
extern struct __attribute__((packed)) unal { char c; const char *p; } unaligned;
static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
/* number of pointers that point where they should */
int pack_check(void) {
    int ok = 0;
    for (int i = 0; i < 700; i++) ok += *run[i] == alphabet[i % 36];
    for (int i = 0; i < 130; i++) ok += *ro_run[i] == alphabet[(i * 7) % 36];
    for (int i = 0; i < 40; i++) {
        char want = alphabet[(i * 5) % 36];
        ok += (*strided_16[i].p == want) + (*strided_72[i].p == want) + (*strided_520[i].p == want) +
              (*strided_4104[i].p == want);
    }
    ok += *unaligned.p == 'd';
    for (int i = 0; i < 3; i++) ok += exported_ptrs[i] == &exported_target;
    return ok;
}
