#include "api.h"
#include <cstdio>
#include <dlfcn.h>
int main() {
    ns::B b;
    printf("ns::f()=%d ns::f(1)=%d B::method(2)=%d b.inst(3)=%d ns::var=%d deep=%d keep(4)=%d\n",
           ns::f(), ns::f(1), ns::B::method(2), b.inst(3), ns::var, ns::inner::deep(), ns2::keep(4));
    ns::var++;
    printf("ns::var after ++ = %d\n", ns::var);
    void *h = dlopen("libcxxs.so", RTLD_NOW | RTLD_NOLOAD);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    const char *names[] = {
        "_ZN2ns1fEv", "_ZN2ns1fEi", "_ZN2ns1B6methodEi", "_ZNK2ns1B4instEi", "_ZN2ns3varE",
        "_ZN2ns5inner4deepEv", "_ZN3ns24keepEi",                       // exported
        "_ZN3ns24keepEd", "_ZN3ns24dropEv", "c_helper", "_Z10global_cxxi", // local
    };
    for (const char *n : names) printf("dlsym %-22s %s\n", n, dlsym(h, n) ? "found" : "not found");
    return 0;
}
