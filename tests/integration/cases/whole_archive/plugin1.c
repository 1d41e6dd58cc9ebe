#include <stdio.h>
void register_plugin(const char *name, int prio);
__attribute__((constructor)) static void init_plugin1(void) { register_plugin("plugin1", 1); }
