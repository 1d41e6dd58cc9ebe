#include "reg.h"
int alpha_fn(int x) { return util_scale(x) + 1; }
static struct part me = {"alpha", alpha_fn, 0};
__attribute__((constructor)) static void reg(void) { part_register(&me); }
