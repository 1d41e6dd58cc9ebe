#include <stdio.h>
int com_other;  /* COMMON: other_common.o has a larger COMMON */
int com_weak;   /* COMMON: weak_def.o has a weak definition */
int com_func;   /* COMMON: func_def.o has a function of this name */
int com_late;   /* COMMON: libnone.a's members have it as COMMON too; liblate.a defines it */
int main(void) {
    printf("com_other=%d com_weak=%d com_func=%d com_late=%d\n", com_other, com_weak, com_func, com_late);
    return 0;
}
