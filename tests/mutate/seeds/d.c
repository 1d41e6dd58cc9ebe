/* mutate-cflags: -O1 -fno-pic
 * Seed: thin archive member (libthin.a); initial-exec TLS, absolute
 * relocations, a string table. */
extern __thread int tls_counter __attribute__((tls_model("initial-exec")));
static const char *const words[] = {"alpha", "beta", "gamma"};
int d_func(int x) { return x + tls_counter + words[x % 3][0]; }
