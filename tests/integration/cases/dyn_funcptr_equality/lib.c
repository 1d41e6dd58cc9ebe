#include <stdio.h>
typedef int (*fn)(int);
int lib_func(int x) { return x + 1; }
int lib_other(int x) { return x - 1; }
fn lib_table[2] = {lib_func, lib_other};      /* initialised data in the library */
fn lib_func_addr(void) { return lib_func; }
void *lib_puts_addr(void) { return (void *)puts; }
static fn stored;
void lib_store(fn f) { stored = f; }
int lib_is_stored(fn f) { return stored == f; }
int lib_call_stored(int x) { return stored(x); }
fn lib_get_stored(void) { return stored; }
