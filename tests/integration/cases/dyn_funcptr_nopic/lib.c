#include <stdio.h>
typedef int (*fn)(int);
int lib_func(int x) { return x + 1; }
fn lib_func_addr(void) { return lib_func; }
void *lib_puts_addr(void) { return (void *)puts; }
int lib_call(fn f, int x) { return f(x); }
int lib_is(fn f) { return f == lib_func; }
