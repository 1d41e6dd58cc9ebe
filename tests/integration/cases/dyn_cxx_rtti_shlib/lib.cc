#include "shapes.h"
#include <cstdio>
Shape::~Shape() {}
const char *Shape::name() const { return "shape"; }
const char *Circle::name() const { return "circle"; }
Named::~Named() {}
const char *NamedCircle::name() const { return "named circle"; }
Shape *make_lib_shape(int kind)
{
    if (kind == 0) return new Shape;
    if (kind == 1) return new Circle;
    return new NamedCircle;
}
const char *lib_classify(const Shape *s)
{
    if (dynamic_cast<const NamedCircle *>(s)) return "lib: NamedCircle";
    if (dynamic_cast<const Circle *>(s)) return "lib: Circle";
    if (typeid(*s) == typeid(Shape)) return "lib: exactly Shape";
    return "lib: other Shape";
}
bool lib_same_type(const std::type_info &a, const std::type_info &b) { return a == b; }
const std::type_info &lib_vector_int_type() { return typeid(std::vector<int>); }
void lib_ref_cast(const Shape &s) { (void)dynamic_cast<const Circle &>(s); }
