#include "chain.h"
#include <string>
int step_b(int depth, int limit) {
    Frame f(depth);
    std::string s(40, 'b');        // a second cleanup in the same frame
    if (depth == limit) {
        throw Bottom(depth);
    }
    return step_c(depth + 1, limit) + (int)s.size() - 39;
}
