#include <stdio.h>
void register_plugin(const char *name, int prio);
__attribute__((constructor)) static void init_plugin2(void) { register_plugin("plugin2", 2); }
