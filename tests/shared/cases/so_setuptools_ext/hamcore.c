#include "hamcore.h"
int ham_core_calls;
long ham_fib(long n) {
    long a = 0, b = 1;
    ham_core_calls++;
    while (n-- > 0) { long t = a + b; a = b; b = t; }
    return a;
}
int ham_checksum(const char *s, long len) {
    unsigned h = 2166136261u;
    ham_core_calls++;
    for (long i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (int)(h & 0x7fffffff);
}
