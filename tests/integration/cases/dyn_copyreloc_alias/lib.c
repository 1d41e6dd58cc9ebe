#include <stdio.h>
int lib_value = 5;
extern int lib_value_alias __attribute__((weak, alias("lib_value")));
int lib_arr[4] = {1, 2, 3, 4};
extern int lib_arr_alias[4] __attribute__((weak, alias("lib_arr")));
int *lib_value_addr(void) { return &lib_value; }
int *lib_value_alias_addr(void) { return &lib_value_alias; }
void lib_report(const char *when)
{
    printf("lib %s: value=%d alias=%d arr[2]=%d arr_alias[2]=%d\n", when, lib_value,
           lib_value_alias, lib_arr[2], lib_arr_alias[2]);
}
void lib_set(int v) { lib_value_alias = v; lib_arr[2] = v * 10; }
