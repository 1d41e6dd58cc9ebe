#pragma once
#include <cstdio>
struct Obj {
    const char *name;
    explicit Obj(const char *n) : name(n) { std::printf("ctor %s\n", n); }
    ~Obj() { std::printf("dtor %s\n", name); }
};
Obj &lazy_a();
Obj &lazy_b();
