#include <stdio.h>

static const char *const names[] = {"alpha", "beta", "gamma"}; /* .data.rel.ro: RELRO */
int counter = 3;
int zeros[256];

int main(void) {
    for (int i = 0; i < counter; i++) zeros[i] = i * 7;
    printf("%s %s %s %d\n", names[0], names[1], names[2], zeros[2]);
    return 0;
}
