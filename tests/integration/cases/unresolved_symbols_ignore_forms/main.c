#include <stdio.h>
extern int missing_a;
extern int missing_b(void);
int *volatile pa = &missing_a;
int (*volatile pb)(void) = missing_b;
int main(void) {
    printf("missing_a=%s missing_b=%s\n", pa ? "set" : "0", pb ? "set" : "0");
    return 0;
}
