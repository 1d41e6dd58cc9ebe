#include "tl.h"
#include <atomic>

std::mutex log_mu;
std::vector<std::string> dtor_log;
int ctor_count;
static std::atomic<int> ids{0};
int next_id() { return ++ids; }

thread_local int tl_counter = 1000;
thread_local Tracker tracker;

Tracker::Tracker() : id(0), name("fresh") {
    std::lock_guard<std::mutex> g(log_mu);
    ctor_count++;
}
Tracker::~Tracker() {
    std::lock_guard<std::mutex> g(log_mu);
    int s = 0;
    for (int v : hist) s += v;
    dtor_log.push_back(name + " sum=" + std::to_string(s) + " n=" + std::to_string(hist.size()));
}
