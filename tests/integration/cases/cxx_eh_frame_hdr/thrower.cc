#include <stdexcept>
#include <string>
struct Err : std::runtime_error { int n; Err(int k) : std::runtime_error("err " + std::to_string(k)), n(k) {} };
[[gnu::noinline]] void level3(int k) { if (k % 2) throw Err(k); }
[[gnu::noinline]] void level2(int k) { std::string s(50, 'z'); level3(k); }
[[gnu::noinline]] void level1(int k) { std::string s(60, 'y'); level2(k + 1); }
