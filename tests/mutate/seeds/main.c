/* mutate-cflags: -O1 -g -fcommon
 * Seed for the mutation test: the program's entry point (linked with
 * -e main -nostdlib, so no libc).  Has debug info (merged .debug_str and
 * relocated .debug_* sections), TLS, COMMON, a weak reference, a
 * constructor, string literals and data pointers. */
extern int a_func(int);
extern int c_func(int);
extern int d_func(int);
extern int util_add(int, int);
extern const char *util_name(int);
extern int weak_missing(void) __attribute__((weak));

__thread int tls_counter = 3;
static __thread int tls_local;
int common_var;
const char *greeting = "hello, weld";
static const char msg[] = "a message in .rodata";
static int (*fnptr)(int) = a_func;
static int ctor_ran;

__attribute__((constructor)) static void init(void) { ctor_ran = 1; }

int main(void) {
  int r = util_add(fnptr(1), c_func(2)) + d_func(3);
  tls_local += r;
  common_var = tls_local + tls_counter + msg[0] + greeting[0] + ctor_ran;
  if (weak_missing) r += weak_missing();
  return r + util_name(r)[0] + common_var;
}
