#include "err.h"
#include <cstdio>
int main() {
    for (int k = 0; k < 8; k++) {
        for (int side = 0; side < 2; side++) {
            try {
                int r = side ? gcc_side(k) : clang_side(k);
                std::printf("%s(%d) = %d\n", side ? "gcc" : "clang", k, r);
            } catch (const std::exception &e) {
                std::printf("%s(%d) threw %s\n", side ? "gcc" : "clang", k, e.what());
            }
        }
    }
    std::printf("alive %d\n", Count::alive);
    return 0;
}
