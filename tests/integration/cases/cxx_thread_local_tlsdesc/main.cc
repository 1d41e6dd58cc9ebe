#include "tl.h"
#include <algorithm>
#include <cstdio>
#include <thread>

int work(int k);

int main() {
    const int N = 6;
    int results[N];
    std::vector<std::thread> ts;
    for (int k = 0; k < N; k++)
        ts.emplace_back([k, &results] { results[k] = work(k + 1); });
    for (auto &t : ts) t.join();
    for (int k = 0; k < N; k++) std::printf("thread %d -> %d\n", k + 1, results[k]);
    {
        std::lock_guard<std::mutex> g(log_mu);
        std::vector<std::string> sorted = dtor_log;
        std::sort(sorted.begin(), sorted.end());
        std::printf("ctors %d, dtors %zu\n", ctor_count, sorted.size());
        for (auto &s : sorted) std::printf("  %s\n", s.c_str());
    }
    // main thread's own instance is untouched by the workers
    std::printf("main: counter %d name %s hist %zu\n", tl_counter, tracker.name.c_str(),
                tracker.hist.size());
    tracker.name = "main";
    tracker.hist.push_back(7);
    return 0;
}
