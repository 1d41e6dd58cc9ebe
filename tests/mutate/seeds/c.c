/* mutate-cflags: -O1 -fPIC
 * Seed: thin archive member (libthin.a); general-dynamic TLS access to a
 * symbol of main.o (relaxed by the static link). */
extern __thread int tls_counter;
int c_func(int x) { return x + tls_counter++; }
