#include <stdio.h>
const char *get_msg(int);
double get_pi(void);
extern const char *msg_ptrs[3];
static const double other_const = 3.25;   /* may share .rodata.cst8 slot */
int main(void)
{
    for (int i = 0; i < 3; i++) printf("%s/%s ", get_msg(i), msg_ptrs[i]);
    printf("\nequal ptrs: %d %d, pi=%.2f %.2f\n", get_msg(1) == msg_ptrs[1], get_msg(2) == msg_ptrs[2], get_pi(), other_const);
    return 0;
}
