extern __thread int tl_value;
int *other_tls_addr(void) { return &tl_value; }
