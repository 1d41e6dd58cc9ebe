inline int &counter() { static int n = 0; return n; }
inline int bump() { return ++counter(); }
template <typename T> struct Reg { static int count; static T last; };
template <typename T> int Reg<T>::count = 100;
template <typename T> T Reg<T>::last = T();
inline int shared_inline_var = 1000;
template <int N> int *tcounter() { static int c = N; return &c; }
// library API
int lib_bump();
int *lib_counter_addr();
int *lib_reg_addr();
int lib_reg_add(long v);
int *lib_inline_var_addr();
int *lib_tcounter_addr();
using fn_t = int (*)();
fn_t lib_bump_addr();
