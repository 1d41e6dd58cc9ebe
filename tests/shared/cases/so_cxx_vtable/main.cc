#include "shape.h"
#include <cstdio>
#include <cstring>
#include <cxxabi.h>
#include <cstdlib>
using namespace geo;
// Derived in the program from library classes.
struct Circle : Shape {
    double r;
    explicit Circle(double r_) : r(r_) { ++live; }
    const char *name() const override { return "Circle"; }
    double area() const override { return 3.0 * r * r; }
};
struct Cube : Square, Named {
    Cube() : Square(1) {}
    const char *name() const override { return "Cube"; }
    int sides() const override { return 6; }
    const char *label() const override { return "prog-label"; }
};
static void show_type(const std::type_info &t) {
    int st;
    char *d = abi::__cxa_demangle(t.name(), nullptr, nullptr, &st);
    printf("  typeid: %s\n", st == 0 ? d : t.name());
    free(d);
}
int main() {
    Shape *objs[] = {make(0), make(1), new Circle(2), new Cube};
    for (Shape *s : objs) {
        printf("%s\n", describe(s));
        show_type(type_of(s));
        printf("  typeid equal across boundary: %s; is_rect=%d; prog dynamic_cast<Square*>=%s\n",
               type_of(s) == typeid(*s) ? "yes" : "NO", is_rect(s),
               dynamic_cast<Square *>(s) ? "yes" : "no");
    }
    printf("typeid(Square) from lib == prog: %s\n", type_of(objs[1]) == typeid(Square) ? "yes" : "NO");
    Cube c;
    printf("label_of(Cube) = %s\n", label_of(&c));
    printf("live objects: %d\n", Shape::live);
    for (Shape *s : objs) delete s;
    printf("live objects after delete: %d\n", Shape::live);
    Base0 *b = make_diamond();
    printf("diamond via virtual base: %d, cross-cast to VR: %s\n", diamond_sum(b),
           dynamic_cast<VR *>(b) ? "yes" : "no");
    delete b;
    Base0 plain;
    printf("plain Base0 is Diamond: %d\n", diamond_sum(&plain));
    return 0;
}
