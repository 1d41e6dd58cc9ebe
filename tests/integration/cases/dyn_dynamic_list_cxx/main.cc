#include <cstdio>
#include <dlfcn.h>
namespace ns {
int hook(int x) { return x * 3; }
struct Counter { static int n; static int bump(); };
int Counter::n;
int Counter::bump() { return ++n; }
int hidden() { return 7; }
}
int main() {
  void *h = dlopen("./plugin.so", RTLD_NOW);
  if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
  int (*run)() = (int (*)())dlsym(h, "plugin_run");
  printf("plugin_run: %d\n", run());
  printf("bump from main: %d\n", ns::Counter::bump());
  void *self = dlopen(nullptr, RTLD_NOW);
  printf("hook exported: %s\n", dlsym(self, "_ZN2ns4hookEi") ? "yes" : "no");
  printf("hidden exported: %s\n", dlsym(self, "_ZN2ns6hiddenEv") ? "yes" : "no");
  return ns::hidden() == 7 ? 0 : 1;
}
