#pragma once
#include <string>
// Function-local statics of inline functions and templates, and a template
// static data member: g++ emits these as STB_GNU_UNIQUE objects.
inline int &inline_counter() { static int n = 0; return ++n, n; }
template <class T> T &registry_slot() { static T slot{}; return slot; }
template <class T> struct Holder { static std::string name; };
template <class T> std::string Holder<T>::name = "holder";
struct Seen { void *counter, *slot_int, *slot_str, *holder_name; };
#define UNIT(N)                                                              \
    Seen unit##N() {                                                         \
        inline_counter();                                                    \
        registry_slot<int>() += N;                                           \
        registry_slot<std::string>() += #N;                                  \
        Holder<long>::name += #N;                                            \
        return Seen{&inline_counter(), &registry_slot<int>(),                \
                    &registry_slot<std::string>(), &Holder<long>::name};     \
    }
Seen unit1(); Seen unit2(); Seen unit3(); Seen unit4(); Seen unit5(); Seen unit6();
