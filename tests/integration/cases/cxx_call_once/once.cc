#include <atomic>
#include <mutex>
#include <string>
#include <vector>
std::once_flag init_flag;
std::atomic<int> init_calls{0};
std::vector<std::string> *config;

static void do_init(int who) {
    init_calls++;
    config = new std::vector<std::string>{"alpha", "beta", "gamma"};
    (void)who;
}
const std::vector<std::string> &get_config(int who) {
    std::call_once(init_flag, do_init, who);
    return *config;
}
