#pragma once
#include <stdexcept>
struct Frame {
    static int live, destroyed, max_live;
    int depth;
    explicit Frame(int d) : depth(d) { if (++live > max_live) max_live = live; }
    ~Frame();
};
struct Bottom : std::runtime_error {
    int depth;
    explicit Bottom(int d) : std::runtime_error("bottom reached"), depth(d) {}
};
int step_a(int depth, int limit);
int step_b(int depth, int limit);
int step_c(int depth, int limit);
int count_frames();
