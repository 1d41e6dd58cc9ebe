#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

extern std::atomic<int> init_calls;
const std::vector<std::string> &get_config(int who);

int main() {
    const int N = 8;
    std::vector<std::thread> ts;
    const std::vector<std::string> *seen[N];
    std::atomic<int> ready{0};
    for (int i = 0; i < N; i++)
        ts.emplace_back([&, i] {
            ready++;
            while (ready < N) std::this_thread::yield();
            seen[i] = &get_config(i);
        });
    for (auto &t : ts) t.join();
    int same = 0;
    for (int i = 0; i < N; i++) same += seen[i] == seen[0];
    std::printf("init calls %d, same config in %d/%d threads, size %zu, back %s\n",
                init_calls.load(), same, N, seen[0]->size(), seen[0]->back().c_str());

    // a second flag used from main and a lambda; plus mutex/condvar handshake
    static std::once_flag f2;
    int hits = 0;
    for (int i = 0; i < 5; i++) std::call_once(f2, [&hits](int k) { hits += k; }, 10);
    std::printf("f2 hits %d\n", hits);

    std::mutex m;
    std::condition_variable cv;
    int stage = 0;
    std::thread pong([&] {
        for (int i = 0; i < 5; i++) {
            std::unique_lock<std::mutex> lk(m);
            cv.wait(lk, [&] { return stage % 2 == 1; });
            stage++;
            cv.notify_all();
        }
    });
    for (int i = 0; i < 5; i++) {
        std::unique_lock<std::mutex> lk(m);
        cv.wait(lk, [&] { return stage % 2 == 0; });
        stage++;
        cv.notify_all();
    }
    pong.join();
    std::printf("ping-pong stage %d\n", stage);
    return 0;
}
