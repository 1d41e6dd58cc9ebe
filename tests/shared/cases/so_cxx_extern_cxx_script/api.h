namespace ns {
int f();
int f(int);
struct B { static int method(int); int inst(int) const; int v = 5; };
extern int var;
namespace inner { int deep(); }
}
namespace ns2 {
int keep(int);
int keep(double);
int drop();
}
extern "C" int c_helper(int);
int global_cxx(int);
