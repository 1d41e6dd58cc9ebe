#include "obj.h"
#include <cstdlib>
Obj a1("a1");
Obj a2("a2");
Obj &lazy_a() { static Obj o("lazy_a"); return o; }
static void a_atexit() { std::printf("atexit a\n"); }
struct RegisterAtexit { RegisterAtexit() { std::atexit(a_atexit); } } reg_a;
Obj a3("a3");
