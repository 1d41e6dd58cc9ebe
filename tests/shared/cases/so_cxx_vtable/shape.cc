#include "shape.h"
#include <cstdio>
namespace geo {
int Shape::live = 0;
Shape::~Shape() { --live; }
int Shape::sides() const { return 0; }
Rect::Rect(double w_, double h_) : w(w_), h(h_) { ++live; }
Rect::~Rect() {}
const char *Rect::name() const { return "Rect"; }
double Rect::area() const { return w * h; }
int Rect::sides() const { return 4; }
Square::Square(double s) : Rect(s, s) {}
const char *Square::name() const { return "Square"; }
Named::~Named() {}
const char *Named::label() const { return "lib-label"; }
Base0::~Base0() {}
VL::~VL() {}
VR::~VR() {}
Diamond::~Diamond() {}

Shape *make(int kind) {
    if (kind == 0) return new Rect(2, 3);
    if (kind == 1) return new Square(4);
    return nullptr;
}
const char *describe(const Shape *s) {
    static char buf[128];
    const Rect *r = dynamic_cast<const Rect *>(s);
    snprintf(buf, sizeof buf, "%s sides=%d area=%.1f rect=%s named=%s", s->name(), s->sides(),
             s->area(), r ? "yes" : "no",
             dynamic_cast<const Named *>(s) ? dynamic_cast<const Named *>(s)->label() : "-");
    return buf;
}
bool is_rect(const Shape *s) { return dynamic_cast<const Rect *>(s) != nullptr; }
const std::type_info &type_of(const Shape *s) { return typeid(*s); }
Base0 *make_diamond() { return new Diamond; }
int diamond_sum(Base0 *b) {
    Diamond *d = dynamic_cast<Diamond *>(b);
    return d ? d->b0 + d->vl + d->vr + d->d : -1;
}
const char *label_of(const Named *n) { return n->label(); }
}
