#include <stdio.h>
extern char only_bss_buf[4096];
extern char zero_sized_marker[];
int main(void)
{
    only_bss_buf[4095] = 1;
    printf("bss=%d marker_nonnull=%d\n", only_bss_buf[4095] + only_bss_buf[0], zero_sized_marker != 0);
    return 0;
}
