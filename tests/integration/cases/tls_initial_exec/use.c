#include <stdio.h>
#include <string.h>
extern __thread int tv_init;
extern __thread long tv_arr[8];
extern __thread int tv_zero;
extern __thread char tv_bss_buf[100];
/* file-local TLS: the local-dynamic model applies to these */
static __thread int st_a = 5;
static __thread int st_b;
static __thread char st_str[16] = "tls-string";
int *addr_tv_init_from_def(void);

int use_tls(void)
{
    long s = 0;
    for (int i = 0; i < 8; i++) s += tv_arr[i];
    printf("tv_init=%d sum=%ld zero=%d bss0=%d\n", tv_init, s, tv_zero, tv_bss_buf[99]);
    tv_init += 1; tv_zero = 9; tv_arr[7] = 100;
    strcpy(tv_bss_buf, "written");
    st_a *= 3; st_b += 4;
    printf("after: tv_init=%d zero=%d arr7=%ld buf=%s\n", tv_init, tv_zero, tv_arr[7], tv_bss_buf);
    printf("static: st_a=%d st_b=%d st_str=%s\n", st_a, st_b, st_str);
    printf("same address across files: %d\n", &tv_init == addr_tv_init_from_def());
    return st_a + st_b;
}
