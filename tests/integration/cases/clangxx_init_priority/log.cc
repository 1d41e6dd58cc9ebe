#include "log.h"
#include <cstdio>
#include <cstring>
// constant-initialised, so usable from any priority
static char buf[4096];
static int len;
void log_event(const char *what) {
    int n = std::strlen(what);
    std::memcpy(buf + len, what, n);
    len += n;
    buf[len++] = ' ';
}
Noisy::Noisy(const char *n) : name(n) { log_event(n); }
Noisy::~Noisy() { std::printf("dtor %s\n", name); }
struct Dumper { ~Dumper() { std::printf("dump: %.*s\n", len, buf); } };
// priority 101 is constructed first and destroyed last
__attribute__((init_priority(101))) static Dumper dumper;
