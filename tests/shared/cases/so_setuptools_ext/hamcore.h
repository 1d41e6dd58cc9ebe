long ham_fib(long n);
int ham_checksum(const char *s, long len);
extern int ham_core_calls;
