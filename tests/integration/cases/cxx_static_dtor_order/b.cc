#include "obj.h"
#include <cstdlib>
Obj b1("b1");
Obj &lazy_b() { static Obj o("lazy_b"); return o; }
// b2's constructor uses lazy_a: lazy_a is constructed during static init,
// so it is destroyed after b2 (reverse order of completion)
struct UsesLazy { Obj own; UsesLazy() : own("b2") { std::printf("  b2 sees %s\n", lazy_a().name); } } b2;
static Obj b_static("b_static");
