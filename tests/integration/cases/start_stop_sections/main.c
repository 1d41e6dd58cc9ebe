#include <stdio.h>
#include "reg.h"
extern const struct entry __start_weld_registry[], __stop_weld_registry[];
/* weak reference to a section that does not exist */
extern const char __start_no_such_section[] __attribute__((weak));
int main(void)
{
    long n = __stop_weld_registry - __start_weld_registry;
    printf("%ld entries\n", n);
    int sum = 0;
    for (const struct entry *e = __start_weld_registry; e < __stop_weld_registry; e++) {
        printf("  %s = %d\n", e->name, e->value);
        sum += e->value;
    }
    printf("sum=%d missing section start is null: %d\n", sum, __start_no_such_section == 0);
    return 0;
}
