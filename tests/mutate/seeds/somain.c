/* mutate-cflags: -O1
 * Seed for the mutation test: the program linked against libmut.so and
 * libmutdep.so by a dynamic link (compiled twice by mutate.c: somain.o
 * with -fPIE for the -pie link, somain_nopie.o with -fno-pie for -no-pie,
 * where mut_data gets a copy relocation).  Calls a default-versioned
 * function, reads a library's data object and its TLS (initial exec), and
 * calls into libc. */
#include <stdio.h>

extern int mut_data[4];
extern __thread int mut_tls;
extern const char *mut_name;
int mut_func(int);
int mut_versioned(int);
unsigned long mut_len(const char *);
void mut_hello(void);
int mutdep_value(void);

int main(void) {
  mut_hello();
  printf("%s %d %d %d %lu %d\n", mut_name, mut_func(1), mut_versioned(2), mut_data[3] + mut_tls, mut_len("abc"),
         mutdep_value());
  return 0;
}
