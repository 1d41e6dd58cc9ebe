#include "uniq.h"
#include <cstdio>
int main() {
    Seen (*fs[])() = {unit1, unit2, unit3, unit4, unit5, unit6};
    Seen ref = fs[0]();
    int diff = 0;
    for (auto f : fs) {
        Seen s = f();
        diff += (s.counter != ref.counter) + (s.slot_int != ref.slot_int) +
                (s.slot_str != ref.slot_str) + (s.holder_name != ref.holder_name);
    }
    diff += (&registry_slot<int>() != ref.slot_int) + (&Holder<long>::name != ref.holder_name);
    std::printf("address mismatches %d\n", diff);
    std::printf("inline_counter %d\n", inline_counter());
    std::printf("slot<int> %d\n", registry_slot<int>());
    std::printf("slot<string> %s\n", registry_slot<std::string>().c_str());
    std::printf("Holder<long>::name %s\n", Holder<long>::name.c_str());
    return diff != 0;
}
