#include <stdint.h>
#include <stdio.h>
#include <unwind.h>
int lib_recurse(int n, int (*leaf)(void));
int main(void);
struct st { int frames, in_main; };
static _Unwind_Reason_Code trace(struct _Unwind_Context *ctx, void *arg)
{
    struct st *s = arg;
    uintptr_t ip = _Unwind_GetIP(ctx);
    s->frames++;
    if (ip > (uintptr_t)main && ip < (uintptr_t)main + 256) s->in_main = 1;
    return _URC_NO_REASON;
}
__attribute__((noinline)) static int leaf(void)
{
    struct st s = {0, 0};
    _Unwind_Backtrace(trace, &s);
    printf("backtrace reached main: %d, at least 8 frames: %d\n", s.in_main, s.frames >= 8);
    return s.frames;
}
int main(void) { return lib_recurse(5, leaf) > 0 ? 0 : 1; }
