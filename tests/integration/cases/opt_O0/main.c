#include <stdio.h>
#include <string.h>
#include <ctype.h>
void put(const char *k, long v); long get(const char *k); long count_keys(void);
static const char text[] =
    "it was the best of times it was the worst of times it was the age of wisdom "
    "it was the age of foolishness it was the epoch of belief it was the epoch of "
    "incredulity it was the season of light it was the season of darkness";
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
struct vec { double x, y, z; };
static struct vec cross(struct vec a, struct vec b)
{ return (struct vec){ a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x }; }
int main(void)
{
    char word[32]; int wl = 0;
    for (const char *p = text;; p++) {
        if (isalpha((unsigned char)*p)) { if (wl < 31) word[wl++] = *p; }
        else { if (wl) { word[wl] = 0; put(word, 1); wl = 0; } if (!*p) break; }
    }
    printf("keys=%ld it=%ld was=%ld of=%ld times=%ld missing=%ld\n", count_keys(), get("it"), get("was"), get("of"), get("times"), get("zebra"));
    printf("fib(25)=%ld ack(2,3)=%d\n", fib(25), ack(2, 3));
    struct vec c = cross((struct vec){1, 2, 3}, (struct vec){4, 5, 6});
    printf("cross=(%.1f,%.1f,%.1f)\n", c.x, c.y, c.z);
    unsigned long long h = 14695981039346656037ull;
    for (int i = 0; i < 100000; i++) { h ^= (unsigned)i; h *= 1099511628211ull; }
    printf("fnv=%llx\n", h);
    return 0;
}
