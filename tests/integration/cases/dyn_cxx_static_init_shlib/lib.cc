#include "reg.h"
#include <cstdio>
static Registry the_registry;
Registry::Registry() : ready(true) { std::puts("lib: Registry constructed"); }
Registry::~Registry() { std::printf("lib: Registry destroyed with %zu names\n", names.size()); }
Registry &registry() { return the_registry; }
void reg_add(const std::string &n)
{
    std::printf("lib: register %s (registry ready: %d)\n", n.c_str(), the_registry.ready);
    the_registry.names.push_back(n);
}
