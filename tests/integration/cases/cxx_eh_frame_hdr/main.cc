#include <cstdio>
#include <stdexcept>
#include <unwind.h>
extern "C" void check_eh_frame_hdr(void);
void level1(int k);

extern "C" _Unwind_Ptr _Unwind_GetIP(struct _Unwind_Context *);
extern "C" void *_Unwind_FindEnclosingFunction(void *pc);
static int frames;
static _Unwind_Reason_Code cb(struct _Unwind_Context *ctx, void *) {
    frames++;
    return _URC_NO_REASON;
}
int main() {
    check_eh_frame_hdr();
    int caught = 0;
    for (int k = 0; k < 10; k++) {
        try { level1(k); } catch (const std::runtime_error &e) { caught++; if (k < 3) std::printf("%s\n", e.what()); }
    }
    std::printf("caught %d\n", caught);
    _Unwind_Backtrace(cb, nullptr);
    std::printf("backtrace frames from main >= 2: %d\n", frames >= 2);
    std::printf("enclosing(main) == main: %d\n",
                _Unwind_FindEnclosingFunction((char *)(void *)&main + 1) == (void *)&main);
    return 0;
}
