#include "chain.h"
#include <vector>
int bottom_frames = -1;
int step_c(int depth, int limit) {
    Frame f(depth);
    std::vector<int> v(depth % 7 + 1, depth);
    if (depth >= limit - 2 && depth <= limit) {
        if (depth == limit) {
            bottom_frames = count_frames();
            throw Bottom(depth);
        }
    }
    try {
        return step_a(depth + 1, limit) + v[0] - depth;
    } catch (const std::logic_error &) {   // never matches: catch clause skipped
        return -1;
    }
}
