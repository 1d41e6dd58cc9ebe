#include "api.h"
namespace ns {
int var = 41;
int f() { return 1; }
int f(int x) { return x + 2; }
int B::method(int x) { return x * 3; }
int B::inst(int x) const { return v + x; }
namespace inner { int deep() { return 77; } }
}
namespace ns2 {
int keep(int x) { return x * 10; }
int keep(double x) { return (int)(x * 100); }
int drop() { return -1; }
}
extern "C" int c_helper(int x) { return x - 1; }
int global_cxx(int x) { return ns2::keep(x) + c_helper(x) + ns2::drop(); }
