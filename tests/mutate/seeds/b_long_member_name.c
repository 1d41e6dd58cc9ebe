/* mutate-cflags: -O1 -fno-asynchronous-unwind-tables
 * Seed: archive member with a name longer than 15 characters (the "//"
 * table), no .eh_frame, .bss and a local static. */
static int calls;
char b_buffer[64];
int b_helper(int x) {
  calls++;
  b_buffer[x & 63] = (char)x;
  return x * 2 + calls;
}
