#include <stdio.h>
#include <string.h>
__thread int tls_from_clang = 11;
int clang_value = 100;
extern int gcc_value;
extern __thread int tls_from_gcc;
int gcc_fn(int);
int clang_fn(int x) { return x + gcc_value + tls_from_gcc; }
static int sw(int x) { switch (x) { case 0: return 3; case 1: return 9; case 2: return 27; case 3: return 81; case 4: return 243; case 5: return 1; default: return 0; } }
void clang_report(void)
{
    char buf[64];
    snprintf(buf, sizeof buf, "clang sees gcc_fn(2)=%d", gcc_fn(2));
    puts(buf);
    int s = 0; for (int i = 0; i < 7; i++) s += sw(i);
    printf("clang switch sum=%d len=%zu\n", s, strlen(buf));
}
