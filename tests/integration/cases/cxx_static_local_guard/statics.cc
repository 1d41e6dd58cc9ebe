#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

std::atomic<int> heavy_ctors{0}, flaky_attempts{0};

struct Heavy {
    std::string s;
    long sum = 0;
    Heavy() : s("heavy") {
        heavy_ctors++;
        std::this_thread::sleep_for(std::chrono::milliseconds(30));   // widen the race
        for (int i = 0; i < 100000; i++) sum += i % 7;
    }
};

Heavy &get_heavy() {
    static Heavy h;                 // guarded by __cxa_guard_acquire/release
    return h;
}

struct Flaky {
    int value;
    Flaky() {
        int n = ++flaky_attempts;
        if (n < 3) throw std::runtime_error("flaky init " + std::to_string(n));  // __cxa_guard_abort
        value = n * 100;
    }
};

int get_flaky() {
    static Flaky f;
    return f.value;
}
