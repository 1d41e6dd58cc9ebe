#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <unwind.h>
/* Unwinding through our frames needs a correct .eh_frame (+ .eh_frame_hdr). */
static int frames;
static _Unwind_Reason_Code trace(struct _Unwind_Context *ctx, void *arg)
{
    (void)arg;
    if (_Unwind_GetIP(ctx)) frames++;
    return _URC_NO_REASON;
}
__attribute__((noinline)) int recurse(int n)
{
    if (n == 0) { _Unwind_Backtrace(trace, 0); return frames; }
    int r = recurse(n - 1);
    __asm__ volatile ("" ::: "memory");
    return r;
}
static int cb(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size; (void)data;
    for (int i = 0; i < info->dlpi_phnum; i++)
        if (info->dlpi_phdr[i].p_type == PT_GNU_EH_FRAME) {
            const unsigned char *h = (const unsigned char *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
            printf("PT_GNU_EH_FRAME present, version=%d\n", h[0]);
        }
    return 1;
}
int main(void)
{
    dl_iterate_phdr(cb, 0);
    int base = recurse(0);
    frames = 0;
    int deep = recurse(20);
    printf("extra frames for depth 20: %d\n", deep - base);
    return 0;
}
