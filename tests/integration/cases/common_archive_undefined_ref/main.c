#include <stdio.h>
extern int only_common[];                  /* undefined: com_only.o has it as COMMON */
extern int two_step;                       /* undefined: COMMON in step_common.o, defined in step_def.o */
extern int weak_com __attribute__((weak)); /* a weak reference: weak_common.o is not extracted */
int shared_com;                            /* COMMON; helper.o has a larger COMMON of it */
int helper(void);
int main(void) {
    only_common[3] = 3;
    printf("only_common[3]=%d two_step=%d\n", only_common[3], two_step);
    int sum = helper();
    printf("helper=%d shared_com=%d\n", sum, shared_com);
    printf("weak_com is %s\n", &weak_com ? "defined" : "absent");
    return 0;
}
