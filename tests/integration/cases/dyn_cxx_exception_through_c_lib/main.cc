#include <cstdio>
#include <stdexcept>
extern "C" int walk(int depth, int limit, int (*cb)(int));
extern "C" int cb_throw(int d) { if (d >= 3) throw std::runtime_error("thrown at depth " + std::to_string(d)); return d; }
int main()
{
    std::printf("walk to 2: %d\n", walk(0, 2, cb_throw));
    try {
        walk(0, 4, cb_throw);
        std::puts("not reached");
    } catch (const std::exception &e) {
        std::printf("caught: %s\n", e.what());
    }
    return 0;
}
