#include <stdio.h>

/* a.s/b.s: pointers into their .rodata.str1.1 strings */
extern const char *const ptrs_a[], *const ptrs_b[];

int main(void) {
    for (int i = 0; i < 4; i++) printf("a[%d] = \"%s\"\n", i, ptrs_a[i] + 1);
    for (int i = 0; i < 3; i++) printf("b[%d] = \"%s\"\n", i, ptrs_b[i] + 1);
    printf("a[0] points at a NUL: %d, gamma shared: %d\n", ptrs_a[0][0] == 0, ptrs_a[1] + 1 == ptrs_b[1] + 1);
    return 0;
}
