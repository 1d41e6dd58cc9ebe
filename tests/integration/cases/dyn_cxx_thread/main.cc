#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>
#include <vector>
static std::mutex mu;
static std::condition_variable cv;
static int turn = 0;
static std::atomic<long> total{0};
struct TL { int id = -1; ~TL() { if (id >= 0) total += 1000; } };
static thread_local TL tl;
static thread_local int tl_counter = 10;
int main()
{
    std::vector<std::thread> ts;
    std::vector<int> order;
    for (int i = 0; i < 4; i++) {
        ts.emplace_back([i, &order] {
            tl.id = i;
            tl_counter += i;
            std::unique_lock<std::mutex> lk(mu);
            cv.wait(lk, [i] { return turn == i; });
            order.push_back(i * 10 + tl_counter - 10);
            turn++;
            cv.notify_all();
            total += i;
        });
    }
    for (auto &t : ts) t.join();
    std::printf("order:");
    for (int o : order) std::printf(" %d", o);
    std::printf("\ntotal after joins (4 thread_local destructors) = %ld\n", total.load());
    auto f = std::async(std::launch::async, [] { return tl_counter * 2; });
    std::promise<int> p;
    std::future<int> pf = p.get_future();
    std::thread pt([&p] { p.set_value(99); });
    std::printf("async=%d promise=%d main tl_counter=%d\n", f.get(), pf.get(), tl_counter);
    pt.join();
    return 0;
}
