#include "h.h"
#include <cstdio>
int main() {
    for (int k = 0; k < 5; k++) {
        Base *b = make(k);
        std::printf("%d: %s\n", k, describe(b).c_str());
        if (Left *l = dynamic_cast<Left *>(b)) std::printf("   %s\n", describe_left(l).c_str());
        delete b;
    }
    Deeper d;
    Right &r = d;
    std::printf("Right& of Deeper: %s id %d\n", r.who().c_str(), r.id);
    std::printf("sizeof Diamond > Left: %d\n", sizeof(Diamond) > sizeof(Left));
    return 0;
}
