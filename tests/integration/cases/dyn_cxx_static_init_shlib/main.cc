#include "reg.h"
#include <cstdio>
struct Plugin {
    std::string n;
    Plugin(const char *s) : n(s) { reg_add(n); }
    ~Plugin() { std::printf("exe: ~Plugin %s\n", n.c_str()); }
};
static Plugin p1("alpha"), p2("beta");
static Plugin &lazy() { static Plugin p("lazy"); return p; }
int main()
{
    std::printf("main: %zu names:", registry().names.size());
    for (auto &n : registry().names) std::printf(" %s", n.c_str());
    std::printf("\n");
    const std::string &n = lazy().n;
    std::printf("main: lazy=%s\n", n.c_str());
    return 0;
}
