#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "relro.h"
int op_counter;
static int inc(int x) { op_counter++; return x + 1; }
static int neg(int x) { op_counter++; return -x; }
int square(int x) { op_counter++; return x * x; }        /* exported */
const char *op_name(void) { return "lib op_name"; }       /* exported, interposed */
static const char *lbl_static(void) { return "static label"; }
static const int primes[] = {2, 3, 5, 7, 11, 13};
static const int *const prime_ptrs[] = {&primes[0], &primes[3], primes + 5};
const char *const colors[5] = {"red", "green", "blue", "cyan" + 1, &"magenta"[3]};
static const struct ops op_c = {"square", square, op_name, strlen, &op_counter, NULL};
static const struct ops op_b = {"neg", neg, lbl_static, strlen, &op_counter, &op_c};
static const struct ops op_a = {"inc", inc, op_name, strlen, &op_counter, &op_b};
const struct ops *const ops_list[3] = {&op_a, &op_b, &op_c};
static const char *const *const color_pp = &colors[2];

int lib_run(char *out, size_t n) {
    size_t k = 0;
    int v = 3;
    for (const struct ops *o = ops_list[0]; o; o = o->next) {
        v = o->apply(v);
        k += snprintf(out + k, n - k, "[%s -> %d, %s, len %zu] ", o->name, v, o->label(), o->len(o->name));
    }
    k += snprintf(out + k, n - k, "primes %d %d %d; color_pp %s; counter %d", *prime_ptrs[0],
                  *prime_ptrs[1], *prime_ptrs[2], *color_pp, *ops_list[2]->counter);
    return v;
}
