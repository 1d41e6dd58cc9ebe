/* compiled -fPIC: general-dynamic accesses to a TLS variable of the program */
extern __thread long tls_gd;
long gd_bump(long by) { return tls_gd += by; }
long *gd_addr(void) { return &tls_gd; }
