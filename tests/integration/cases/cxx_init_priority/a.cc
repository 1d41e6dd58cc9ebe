#include "log.h"
__attribute__((init_priority(300))) Noisy a300("a300");
__attribute__((init_priority(1000))) Noisy a1000("a1000");
Noisy a_default("a_default");
__attribute__((constructor(250))) static void a_ctor250() { log_event("a_fn250"); }
