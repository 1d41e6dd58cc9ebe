extern __thread int exe_tls;
extern __thread char exe_tls_buf[32];
extern __thread long exe_tls_zero[16];
int gd_read(void) { return exe_tls; }
void gd_write(int v) { exe_tls = v; exe_tls_zero[15] = v * 2; }
const char *gd_buf(void) { return exe_tls_buf; }
void *gd_addr(void) { return &exe_tls; }
long gd_zero15(void) { return exe_tls_zero[15]; }
