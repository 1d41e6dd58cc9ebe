#include "animals.h"
#include <cstdio>
#include <typeinfo>
int main() {
    for (int k = 0; k < 6; k++) {
        Animal *a = adopt(k);
        std::printf("%d: %s legs=%d dog=%d type=%s\n", k, a->sound().c_str(), a->legs(),
                    is_dog(a), typeid(*a).name());
        delete a;
    }
    return 0;
}
