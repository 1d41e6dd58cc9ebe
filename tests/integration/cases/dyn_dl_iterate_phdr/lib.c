__thread int lib_tls = 1;
int lib_f(void) { return lib_tls; }
