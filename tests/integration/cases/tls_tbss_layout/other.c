__thread int tls_other[16] __attribute__((aligned(64)));
__thread int tls_other_pad;
