extern __thread int exe_tls;
extern __thread char exe_tls_buf[32];
int ie_read(void) { return exe_tls; }
void ie_append(char c) { int n = 0; while (exe_tls_buf[n]) n++; exe_tls_buf[n] = c; exe_tls_buf[n + 1] = 0; }
void *ie_addr(void) { return &exe_tls; }
