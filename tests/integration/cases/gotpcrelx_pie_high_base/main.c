#include <stdio.h>

extern int shared_value; /* -fPIC: loaded through the GOT (GOTPCRELX) */
int bump(int x);

int main(void) {
    printf("value %d\n", bump(shared_value));
    return 0;
}
