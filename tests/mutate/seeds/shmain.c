/* mutate-cflags: -O1
 * The program that checks the mutation test's unmutated -shared link:
 * linked by GNU ld against libshmut.so as weld and as GNU ld link it, it
 * must print the same with both.  Uses the default version of sh_ver
 * (VER_2), TLS, the IFUNC, protected and weak functions and data. */
#include <stdio.h>

extern int sh_data[4];
extern int *sh_data_ptr;
extern __thread int sh_tls;
int sh_func(int);
int sh_ver(int);
int sh_ifunc(int);
int sh_protected(int);
int sh_weak(int);
void sh_hello(void);
int util_add(int, int);

int main(void) {
  sh_hello();
  printf("%d %d %d %d %d %d %d %d\n", sh_func(3), sh_ver(4), sh_ifunc(5), sh_protected(6), sh_weak(7),
         sh_data[1] + *sh_data_ptr, sh_tls, util_add(3, 4));
  return 0;
}
