#include "shapes.h"
#include <cstdio>
#include <cstring>
#include <cxxabi.h>
#include <cstdlib>
#include <typeindex>
#include <map>
#include <string>

static std::string demangle(const char *n) {
    int st = 0;
    char *d = abi::__cxa_demangle(n, nullptr, nullptr, &st);
    std::string r = st == 0 ? d : n;
    std::free(d);
    return r;
}

int main() {
    std::map<std::type_index, int> counts;
    for (int i = 0; i < 10; i++) {
        Shape *s = make_shape(i);
        const std::type_info &ti = typeid(*s);
        counts[std::type_index(ti)]++;
        Square *sq = dynamic_cast<Square *>(s);
        Cube *cu = dynamic_cast<Cube *>(s);
        Named *nm = dynamic_cast<Named *>(s);       // cross cast
        Circle *ci = dynamic_cast<Circle *>(s);
        void *most = dynamic_cast<void *>(s);
        std::printf("%d: %-6s typeid=%s sq=%d cube=%d named=%s circle=%d most==%d\n", i, s->kind(),
                    demangle(ti.name()).c_str(), sq != nullptr, cu != nullptr,
                    nm ? nm->label() : "-", ci != nullptr, most == (void *)s);
        if (nm) {
            Shape *back = dynamic_cast<Shape *>(nm);   // cross cast back
            std::printf("   back to Shape ok=%d\n", back == s);
        }
        delete s;
    }
    std::printf("typeid(Square) across objects equal: %d\n", typeid(Square) == square_type());
    std::printf("typeid(Box<int>) across objects equal: %d\n", typeid(Box<int>) == box_int_type());
    std::printf("Box<int> != Box<double>: %d\n", typeid(Box<int>) != typeid(Box<double>));
    std::printf("before: %d\n", typeid(Circle).before(typeid(Circle)));
    for (auto &kv : counts)
        std::printf("count %s = %d\n", demangle(kv.first.name()).c_str(), kv.second);
    try {
        Shape *s = make_shape(0);
        Square &r = dynamic_cast<Square &>(*s);
        (void)r;
    } catch (const std::bad_cast &e) {
        std::printf("bad_cast caught: %s\n", e.what());
    }
    try {
        Shape *null = nullptr;
        (void)typeid(*null);
    } catch (const std::bad_typeid &e) {
        std::printf("bad_typeid caught: %s\n", e.what());
    }
    return 0;
}
