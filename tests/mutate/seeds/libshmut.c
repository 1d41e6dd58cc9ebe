/* mutate-cflags: -O1 -fPIC
 * Seed of the mutation test's -shared link: compiled -fPIC (libshmut.o) and
 * linked by weld, with shutil.o (util.c compiled -fPIC) and libmutdep.so,
 * as the shared library libshmut.so through gcc's crt files
 *
 *     weld ... -shared -soname libshmut.so --version-script=libshmut.map
 *          crti.o crtbeginS.o ... libshmut.o shutil.o libmutdep.so -lc ...
 *
 * (see mutate.c's capture_link()).  Holds what a library's dynamic
 * structures are made of: general-dynamic TLS (.tdata and .tbss), an IFUNC
 * (exported, so it stays IFUNC in .dynsym), a weak definition and a weak
 * undefined reference, protected and hidden functions, a data object and a
 * pointer to it (R_X86_64_RELATIVE / R_X86_64_64), a constructor, calls
 * into libc and libmutdep.so through the PLT, and an old and a default
 * version of one function (.symver sh_ver@VER_1 / sh_ver@@VER_2, both
 * defined by libshmut.map); shmain.c is the program that checks it.
 * libshmut.map has two nodes, VER_2 inheriting VER_1, exact names, globs
 * (sh_tls*, sh_n[a-z]w, a lone * in local:), a quoted name, nested
 * extern "C" / "C++" blocks and both kinds of comment; sh_ver's versions
 * come from the .symver lines, the rest of util.o's functions are local. */
#include <stdio.h>

extern int mutdep_value(void);
extern int util_add(int, int);
extern int sh_missing(void) __attribute__((weak));

int sh_data[4] = {10, 20, 30, 40};
int *sh_data_ptr = &sh_data[2];
const char *sh_name = "libshmut";
__thread int sh_tls = 5;
__thread int sh_tls_bss;
static int ctor_ran;

__attribute__((constructor)) static void sh_init(void) { ctor_ran = 1; }

__attribute__((visibility("hidden"))) int sh_hidden(int x) { return x * 7 + ctor_ran; }
__attribute__((visibility("protected"))) int sh_protected(int x) { return sh_hidden(x) + 1; }
__attribute__((weak)) int sh_weak(int x) { return x - 1; }

/* an IFUNC: the loader runs the resolver */
static int sh_pick_a(int x) { return x + 100; }
static int sh_pick_b(int x) { return x + 200; }
static int (*sh_resolve(void))(int) { return sh_data[0] == 10 ? sh_pick_a : sh_pick_b; }
int sh_ifunc(int) __attribute__((ifunc("sh_resolve")));

/* sh_ver@VER_1 (old) and sh_ver@@VER_2 (the default) */
int sh_ver_old(int x) { return x * 2; }
int sh_ver_new(int x) { return x * 3; }
__asm__(".symver sh_ver_old, sh_ver@VER_1");
__asm__(".symver sh_ver_new, sh_ver@@VER_2");

int sh_func(int x) {
  int r = sh_protected(x) + sh_weak(x) + sh_tls + sh_tls_bss++ + *sh_data_ptr + util_add(x, 2);
  if (sh_missing) r += sh_missing();
  return r + mutdep_value();
}

void sh_hello(void) { printf("%s %d\n", sh_name, sh_func(1)); }
