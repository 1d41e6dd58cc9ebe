__thread int tls_a = 11;
__thread long tls_arr[4] = {1, 2, 3, 4};
__thread char tls_bss[64];
static __thread int tls_static = 3;
int *lib_tls_a_addr(void) { return &tls_a; }
long *lib_tls_arr_addr(void) { return tls_arr; }
char *lib_tls_bss_addr(void) { return tls_bss; }
void lib_tls_bump(void) { tls_a++; tls_static++; tls_arr[3] += 10; tls_bss[0]++; }
int lib_tls_static(void) { return tls_static; }
