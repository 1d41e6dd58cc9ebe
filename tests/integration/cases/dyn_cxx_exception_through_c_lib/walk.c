#include <stdio.h>
static void cleanup_note(int *depth) { printf("  C cleanup at depth %d\n", *depth); }
int walk(int depth, int limit, int (*cb)(int))
{
    int d __attribute__((cleanup(cleanup_note))) = depth;
    if (depth == limit) return cb(depth);
    return walk(depth + 1, limit, cb) + 1;
}
