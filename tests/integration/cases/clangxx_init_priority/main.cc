#include "log.h"
#include <cstdio>
extern Noisy a300, b200, c150;
Noisy m_default("m_default");
__attribute__((init_priority(5000))) Noisy m5000("m5000");
int main() {
    log_event("main");
    std::printf("in main: %s %s %s\n", a300.name, b200.name, c150.name);
    return 0;
}
