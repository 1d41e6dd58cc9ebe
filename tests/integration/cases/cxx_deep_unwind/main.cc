#include "chain.h"
#include <cstdio>
extern int bottom_frames;
int frame_order_errors();
void reset_order();

int main() {
    for (int limit : {2, 50, 200, 201}) {
        Frame::destroyed = 0; Frame::max_live = 0;
        reset_order();
        int base = count_frames();
        try {
            int r = step_a(1, limit);
            std::printf("limit %d: returned %d\n", limit, r);
        } catch (const Bottom &b) {
            std::printf("limit %d: caught '%s' at depth %d, destroyed %d, live %d, max_live %d\n",
                        limit, b.what(), b.depth, Frame::destroyed, Frame::live, Frame::max_live);
            if (limit % 3 == 0)
                std::printf("  frames at bottom minus frames in main: %d\n", bottom_frames - base);
        }
    }
    std::printf("destruction order errors: %d\n", frame_order_errors());
    return 0;
}
