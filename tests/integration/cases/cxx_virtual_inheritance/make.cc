#include "h.h"
std::string Diamond::who() const { return "Diamond[" + Left::who() + "," + Right::who() + "]"; }
std::string Deeper::who() const { return "Deeper{" + Diamond::who() + "}"; }
Base *make(int k) {
    switch (k) {
    case 0: return new Base(5);
    case 1: return new Left;
    case 2: return new Right;
    case 3: return new Diamond(42);
    default: return new Deeper;
    }
}
