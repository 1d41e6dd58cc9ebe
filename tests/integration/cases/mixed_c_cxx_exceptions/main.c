#include "api.h"
#include <stdio.h>

static int printer(const char *k, const char *v, void *ctx) {
    int *count = ctx;
    printf("  %s = %s\n", k, v);
    return ++*count >= 3;      /* stop after three entries */
}

int main(void) {
    printf("static ctor ran: %d\n", kv_static_ready());
    kv_store *s = kv_new();
    const char *keys[] = {"alpha", "beta", "", "gamma", "delta", "epsilon"};
    const char *vals[] = {"1", "two", "x", "a-very-long-value-indeed", "4", "five"};
    for (int i = 0; i < 6; i++) {
        int r = kv_put(s, keys[i], vals[i]);
        printf("put '%s': %d%s%s\n", keys[i], r, r ? " error: " : "", r ? kv_last_error() : "");
    }
    char buf[8];
    const char *get[] = {"alpha", "missing", "epsilon"};
    for (int i = 0; i < 3; i++) {
        int r = kv_get(s, get[i], buf, i == 2 ? 3 : (int)sizeof buf);
        if (r >= 0) printf("get %s -> %s\n", get[i], buf);
        else printf("get %s failed: %s\n", get[i], kv_last_error());
    }
    const char *nums[] = {"42", "-17", "12x", "zz", "99999999999999999999999"};
    for (int i = 0; i < 5; i++) {
        long v = 0;
        int r = kv_parse_int(nums[i], &v);
        if (r == 0) printf("parse %s = %ld\n", nums[i], v);
        else printf("parse %s failed: %s\n", nums[i], kv_last_error());
    }
    int count = 0;
    int r = kv_visit(s, printer, &count);
    printf("visit -> %d (%s)\n", r, r < 0 ? kv_last_error() : "complete");
    kv_free(s);
    return 0;
}
