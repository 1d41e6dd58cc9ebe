#include <stdio.h>
extern const char *run[700];
extern int exported_target, *exported_ptrs[3];
int pack_check(void);
static int local_a = 1, local_b = 2;
static int *local_ptrs[] = {&local_a, &local_b, &local_a, &local_b};   /* RELR in the program */
int main(void) {
    printf("library: %d of %d pointers correct\n", pack_check(), 700 + 130 + 160 + 1 + 3);
    printf("program reads run[0..3]: %c%c%c%c, run[699]: %c\n", *run[0], *run[1], *run[2], *run[3], *run[699]);
    printf("exported_ptrs point to the program's copy of exported_target: %s\n",
           exported_ptrs[1] == &exported_target ? "yes" : "NO");
    printf("program's own pointers: %d %d %d %d\n", *local_ptrs[0], *local_ptrs[1], *local_ptrs[2], *local_ptrs[3]);
    return 0;
}
