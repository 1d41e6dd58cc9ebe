#include "errors.h"
#include <vector>
#include <memory>

int Guard::live = 0, Guard::made = 0;

void throw_kind(int kind) {
    Guard g("thrower");
    std::unique_ptr<int> p(new int(kind));
    switch (kind) {
    case 0: throw 42;
    case 1: throw std::string("a string");
    case 2: throw IoError("disk");
    case 3: throw AppError("app", 3);
    case 4: { std::vector<int> v(3); (void)v.at(10); break; }
    case 5: throw 2.5;
    case 6: throw "c-string";
    case 7: throw std::bad_alloc();
    default: break;
    }
}
