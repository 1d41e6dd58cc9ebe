/* accessors of the library's TLS variables, compiled with the model under test */
extern __thread int tls_a;
extern __thread long tls_arr[4];
extern __thread char tls_bss[64];
static __thread int acc_static = 7;                             /* local to the executable */
__attribute__((visibility("hidden"))) __thread int acc_hidden = 8;
int acc_read_a(void) { return tls_a; }
void acc_write_a(int v) { tls_a = v; }
int *acc_addr_a(void) { return &tls_a; }
long *acc_addr_arr(void) { return tls_arr; }
char *acc_addr_bss(void) { return tls_bss; }
long acc_sum_arr(void) { long s = 0; for (int i = 0; i < 4; i++) s += tls_arr[i]; return s; }
int acc_local(void) { return ++acc_static * 100 + ++acc_hidden; }
int *acc_local_addr(void) { return &acc_static; }
