#include <stdio.h>
#include <stdint.h>
#include <string.h>

uint32_t rust_checksum(const unsigned char *p, size_t n);
long long rust_weighted_sum(int n);
int rust_histogram(const char *s, char *buf, size_t cap);
long long rust_checked_sqrt(long long x);
void rust_init_quiet(void);
int cxx_entry(int n);        /* C++ (cxxpart.cc) */

int c_weight(int x) { return x % 3 == 0 ? 10 * x : x; }   /* called by Rust */

int main(void) {
    rust_init_quiet();
    const char *msg = "The quick brown fox jumps over the lazy dog";
    printf("C: checksum %08x\n", (unsigned)rust_checksum((const unsigned char *)msg, strlen(msg)));
    printf("C: weighted sum %lld\n", rust_weighted_sum(10));
    char buf[256];
    int n = rust_histogram("b a c A b B the The", buf, sizeof buf);
    printf("C: histogram (%d) %s\n", n, buf);
    printf("C: histogram too small %d\n", rust_histogram("aaaa bbbb", buf, 4));
    printf("C: sqrt 1000000 %lld, sqrt -4 %lld\n", rust_checked_sqrt(1000000), rust_checked_sqrt(-4));
    printf("C: cxx_entry -> %d\n", cxx_entry(8));
    return 0;
}
