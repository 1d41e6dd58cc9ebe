/* mutate-cflags: -O1 -fPIC
 * Seed: archive member (libab.a); GOTPCREL references; pulls in the
 * second member of the archive. */
extern int b_helper(int);
extern int util_table[4];
int a_data = 7;
int a_func(int x) { return b_helper(x) + util_table[x & 3] + a_data; }
