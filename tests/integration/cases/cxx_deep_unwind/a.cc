#include "chain.h"
#include <unwind.h>
int Frame::live, Frame::destroyed, Frame::max_live;
static int order_errors;
static int last_destroyed_depth = 1 << 30;
Frame::~Frame() {
    --live; ++destroyed;
    // unwinding must destroy the deepest frame first
    if (depth > last_destroyed_depth) ++order_errors;
    last_destroyed_depth = depth;
}
int frame_order_errors() { return order_errors; }
void reset_order() { last_destroyed_depth = 1 << 30; }

static _Unwind_Reason_Code cb(struct _Unwind_Context *, void *arg) {
    ++*(int *)arg;
    return _URC_NO_REASON;
}
int count_frames() {
    int n = 0;
    _Unwind_Backtrace(cb, &n);
    return n;
}

int step_a(int depth, int limit) {
    Frame f(depth);
    if (depth == limit) {
        throw Bottom(depth);
    }
    return step_b(depth + 1, limit) + 1;
}
