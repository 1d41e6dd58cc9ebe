#include <stdio.h>
int used_data[4] = {1, 2, 3, 4};
int unused_data[1000] = {5};
int used_fn(int x) { return x + used_data[x & 3]; }
int unused_fn(int x) { return x * unused_data[0]; }
struct hook { const char *name; int (*fn)(int); };
static int hook_fn(int x) { return x * 10; }
/* only referenced through __start_/__stop_: must be kept */
__attribute__((used, section("weld_hooks"))) static const struct hook h1 = { "hook-one", hook_fn };
__attribute__((used, section("weld_hooks"))) static const struct hook h2 = { "hook-two", hook_fn };
__attribute__((constructor)) static void ctor(void) { puts("ctor kept under gc"); }
