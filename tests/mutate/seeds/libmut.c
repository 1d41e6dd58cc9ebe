/* mutate-so: -O1 -Wl,--version-script=libmut.map -L. -lmutdep
 * Shared-object seed for the mutation test: built by mutate.c's prepare()
 * with GNU ld as libmut.so (gcc -shared -fPIC -fuse-ld=bfd, DT_SONAME
 * libmut.so, DT_NEEDED libmutdep.so, libc.so.6 and ld-linux-x86-64.so.2).
 * Versioned definitions (libmut.map: LIBMUT_1.0, and LIBMUT_2.0 inheriting
 * it), so .gnu.version, .gnu.version_d with three records (the base and two
 * nodes, one with a parent) and .gnu.version_r (puts, strlen from libc,
 * __tls_get_addr from ld.so); a data object (copy-relocated into the
 * -no-pie program), a string pointer, TLS (.tdata and .tbss), functions,
 * and an old and a default version of one function (.symver). */
#include <stdio.h>
#include <string.h>

extern int mutdep_value(void);

int mut_data[4] = {1, 2, 3, 4};
const char *mut_name = "libmut";
__thread int mut_tls = 7;
__thread int mut_tls_bss;

int mut_func(int x) { return x + mut_data[0] + mut_tls + mut_tls_bss; }

/* mut_versioned@LIBMUT_1.0 (old) and mut_versioned@@LIBMUT_2.0 (default) */
int mut_old_impl(int x) { return x * 2; }
int mut_new_impl(int x) { return x * 3; }
__asm__(".symver mut_old_impl, mut_versioned@LIBMUT_1.0");
__asm__(".symver mut_new_impl, mut_versioned@@LIBMUT_2.0");

size_t mut_len(const char *s) { return strlen(s) + (size_t)mutdep_value(); }
void mut_hello(void) { puts(mut_name); }
