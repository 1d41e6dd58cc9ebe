#include <atomic>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

struct Heavy { std::string s; long sum; };
Heavy &get_heavy();
int get_flaky();
extern std::atomic<int> heavy_ctors, flaky_attempts;
std::string *name_from_more();
inline std::string &shared_name() {
    static std::string s = std::string("shared-") + std::to_string(42);
    return s;
}

int main() {
    const int N = 8;
    std::atomic<int> ready{0};
    std::vector<std::thread> ts;
    Heavy *seen[N];
    std::string *names[N];
    for (int i = 0; i < N; i++)
        ts.emplace_back([&, i] {
            ready++;
            while (ready.load() < N) std::this_thread::yield();
            seen[i] = &get_heavy();
            names[i] = (i % 2) ? name_from_more() : &shared_name();
        });
    for (auto &t : ts) t.join();
    int same = 0, same_names = 0;
    for (int i = 0; i < N; i++) { same += seen[i] == seen[0]; same_names += names[i] == names[0]; }
    std::printf("heavy ctors %d, same object in %d/%d threads, sum %ld, %s\n", heavy_ctors.load(),
                same, N, seen[0]->sum, seen[0]->s.c_str());
    std::printf("shared_name same in %d/%d threads: %s\n", same_names, N, names[0]->c_str());
    for (int i = 0; i < 4; i++) {
        try {
            std::printf("flaky -> %d\n", get_flaky());
        } catch (const std::exception &e) {
            std::printf("flaky threw: %s\n", e.what());
        }
    }
    std::printf("flaky attempts %d\n", flaky_attempts.load());
    return 0;
}
