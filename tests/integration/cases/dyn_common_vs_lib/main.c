#include <stdio.h>
int common_int;           /* tentative definitions: COMMON with -fcommon */
long common_arr[4];
int only_exe_common;
int *lib_int_addr(void);
long *lib_arr_addr(void);
void lib_write(void);
int lib_read(void);
int main(void)
{
    printf("start: exe common_int=%d arr[3]=%ld, lib common_int=%d, only_exe=%d\n", common_int, common_arr[3],
           lib_read(), only_exe_common);
    printf("same objects: %d %d\n", &common_int == lib_int_addr(), common_arr == lib_arr_addr());
    common_int = 7;
    lib_write();
    printf("after writes: exe %d %ld, lib %d\n", common_int, common_arr[3], lib_read());
    return 0;
}
