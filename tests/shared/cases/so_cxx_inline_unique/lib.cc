#include "inl.h"
int lib_bump() { return bump(); }
int *lib_counter_addr() { return &counter(); }
int *lib_reg_addr() { return &Reg<long>::count; }
int lib_reg_add(long v) { Reg<long>::last = v; return ++Reg<long>::count; }
int *lib_inline_var_addr() { shared_inline_var += 1; return &shared_inline_var; }
int *lib_tcounter_addr() { return tcounter<7>(); }
fn_t lib_bump_addr() { return &bump; }
