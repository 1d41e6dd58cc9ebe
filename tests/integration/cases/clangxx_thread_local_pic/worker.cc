#include "tl.h"

// a function-scope thread_local with a non-trivial type in another object
static std::string &scratch() {
    thread_local std::string s("scratch:");
    return s;
}

int work(int k) {
    tracker.name = "worker" + std::to_string(k);
    for (int i = 0; i <= k * 10; i++) {
        tracker.hist.push_back(i);
        tl_counter += i;
    }
    scratch() += std::to_string(k);
    return tl_counter + (int)scratch().size();
}
