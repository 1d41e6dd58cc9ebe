#include <cstdio>
#include <cstdlib>
struct Obj {
    const char *name;
    explicit Obj(const char *n) : name(n) { printf("  construct %s\n", name); }
    ~Obj() { printf("  destroy %s\n", name); }
};
static Obj first("static A");
static void at_exit_1() { puts("  atexit handler 1"); }
static int reg1 = (atexit(at_exit_1), 0);
static Obj second("static B");
static void at_exit_2() { puts("  atexit handler 2"); }
__attribute__((constructor)) static void ctor() { puts("  constructor function"); atexit(at_exit_2); }
__attribute__((destructor)) static void dtor() { puts("  destructor function"); }
__attribute__((destructor(150))) static void dtor150() { puts("  destructor function (priority 150)"); }
static Obj &lazy() { static Obj o("function-local static"); return o; }
extern "C" const char *td_use() { return lazy().name; }
extern "C" int td_loads() { static int n; return ++n; }
