#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *const words[] = {"hello", "from", "a", "static", "PIE"};
static int counter = 40;
static int *const counter_ptr = &counter;
struct op { const char *name; int (*fn)(int); };
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static const struct op ops[] = {{"inc", inc}, {"dbl", dbl}};
int main(int argc, char **argv) {
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) printf("%s%s", i ? " " : "", words[i]);
    printf("\n");
    *counter_ptr += 2;
    printf("counter %d\n", counter);
    int v = 5;
    for (int i = 0; i < 2; i++) { v = ops[i].fn(v); printf("%s -> %d\n", ops[i].name, v); }
    char *dup = strdup("heap works");
    printf("%s, argc %d, argv[0] ends with %s\n", dup, argc, strrchr(argv[0], '/') + 1);
    free(dup);
    printf("loaded away from 0: %s\n", (uintptr_t)&main > 0x10000 ? "yes" : "no");
    return 0;
}
