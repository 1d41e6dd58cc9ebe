#pragma once
#include <string>
#include <vector>
#include <mutex>

struct Tracker {
    int id;
    std::string name;
    std::vector<int> hist;
    Tracker();
    ~Tracker();
};

extern thread_local Tracker tracker;        // defined in tl.cc, dynamic init
extern thread_local int tl_counter;         // plain TLS, defined in tl.cc

extern std::mutex log_mu;
extern std::vector<std::string> dtor_log;
extern int ctor_count;
int next_id();
