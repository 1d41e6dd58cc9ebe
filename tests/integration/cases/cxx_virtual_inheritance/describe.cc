#include "h.h"
std::string describe(Base *b) {
    std::string s = b->who() + " w=" + std::to_string(b->weight());
    if (Left *l = dynamic_cast<Left *>(b)) s += " left_only=" + std::to_string(l->left_only());
    if (Right *r = dynamic_cast<Right *>(b)) s += " right";
    if (Diamond *d = dynamic_cast<Diamond *>(b)) {
        Left *l = d; Right *r = d;
        Base *viaL = l, *viaR = r;
        s += viaL == viaR ? " shared-base" : " two-bases";
    }
    return s;
}
std::string describe_left(Left *l) { return "via Left*: " + l->who() + " id=" + std::to_string(l->id); }
