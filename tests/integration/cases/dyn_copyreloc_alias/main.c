#include <stdio.h>
extern int lib_value, lib_value_alias;
extern int lib_arr[4], lib_arr_alias[4];
int *lib_value_addr(void);
int *lib_value_alias_addr(void);
void lib_report(const char *when);
void lib_set(int v);
int main(void)
{
    printf("exe: value=%d alias=%d\n", lib_value, lib_value_alias);
    printf("addresses: value==alias %d, value==lib's %d, alias==lib's %d, arr==arr_alias %d\n",
           &lib_value == &lib_value_alias, &lib_value == lib_value_addr(),
           &lib_value_alias == lib_value_alias_addr(), lib_arr == lib_arr_alias);
    lib_value_alias = 77;
    printf("exe wrote alias=77, reads value=%d\n", lib_value);
    lib_arr_alias[2] = 33;
    printf("exe wrote arr_alias[2]=33, reads arr[2]=%d\n", lib_arr[2]);
    lib_report("after exe writes");
    lib_set(9);
    printf("exe after lib_set(9): value=%d alias=%d arr[2]=%d arr_alias[2]=%d\n",
           lib_value, lib_value_alias, lib_arr[2], lib_arr_alias[2]);
    return 0;
}
