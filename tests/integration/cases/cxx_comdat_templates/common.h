#pragma once
#include <string>
#include <vector>
#include <typeinfo>

template <class T> T twice(T x) { return x + x; }
template <class T> struct Counter {
    static int hits;                 // template static data member (COMDAT)
    static void hit() { ++hits; }
};
template <class T> int Counter<T>::hits = 0;
inline int inline_square(int x) { return x * x; }
inline int inline_global = 17;       // C++17 inline variable
template <class T> struct Poly { virtual ~Poly() {} virtual T get() const { return T(3); } };

struct Addrs {
    void *twice_int, *twice_dbl, *twice_str, *hit_int, *hits_int, *square, *inl_var, *vptr;
    const std::type_info *poly_ti;
    int value;
};

#define DEFINE_UNIT(N)                                                        \
    Addrs unit##N() {                                                         \
        Poly<long> p;                                                         \
        Counter<int>::hit();                                                  \
        Addrs a;                                                              \
        a.twice_int = (void *)&twice<int>;                                    \
        a.twice_dbl = (void *)&twice<double>;                                 \
        a.twice_str = (void *)&twice<std::string>;                            \
        a.hit_int = (void *)&Counter<int>::hit;                               \
        a.hits_int = (void *)&Counter<int>::hits;                             \
        a.square = (void *)&inline_square;                                    \
        a.inl_var = (void *)&inline_global;                                   \
        a.vptr = *(void **)&p;                                                \
        a.poly_ti = &typeid(Poly<long>);                                      \
        a.value = twice(N) + (int)twice(0.5 * N) + inline_square(N) +         \
                  (int)twice(std::string("ab")).size() + (int)p.get();        \
        return a;                                                             \
    }

Addrs unit1(); Addrs unit2(); Addrs unit3(); Addrs unit4();
Addrs unit5(); Addrs unit6(); Addrs unit7();
