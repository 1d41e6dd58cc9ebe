#include <stdio.h>

static const char msg[] = "text placed at 0x800000";

int twice(int x) { return 2 * x; }

int main(void) {
    printf("%s: %d\n", msg, twice(21));
    return 0;
}
