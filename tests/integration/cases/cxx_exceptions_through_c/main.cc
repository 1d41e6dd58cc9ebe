#include <cstdio>
#include <stdexcept>

extern "C" int c_cleanups;
int walk_checked(const int *vals, int n, int max, int *seen);
int recurse_checked(int depth);

int main() {
    const int vals[] = {1, 2, 3, 40, 5};
    for (int max : {100, 10, 2}) {
        int seen = 0;
        try {
            int r = walk_checked(vals, 5, max, &seen);
            std::printf("max %d: sum %d seen %d\n", max, r, seen);
        } catch (const std::range_error &e) {
            std::printf("max %d: caught '%s' after %d\n", max, e.what(), seen);
        }
        std::printf("  C cleanups so far %d\n", c_cleanups);
    }
    for (int d : {0, 1, 7}) {
        try {
            recurse_checked(d);
        } catch (int v) {
            std::printf("depth %d: caught int %d, C cleanups %d\n", d, v, c_cleanups);
        }
    }
    return 0;
}
