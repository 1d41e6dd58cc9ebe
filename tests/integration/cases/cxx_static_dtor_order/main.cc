#include "obj.h"
#include <cstdlib>
Obj m1("m1");
static void main_atexit() { std::printf("atexit main\n"); }
int main() {
    std::printf("main start\n");
    std::atexit(main_atexit);
    static Obj local("main_local");
    std::printf("lazy_b %s\n", lazy_b().name);
    std::printf("main end\n");
    return 3;
}
