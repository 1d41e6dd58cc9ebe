/* mutate-cflags: -O1 -g -fPIC -ffunction-sections
 * Seed linked on its own (weld -nostdlib -static -e main solo.o): every
 * GOTPCRELX reference of it is relaxed, so the link has no .got and the
 * GOT-less paths get mutated input.  General- and local-dynamic TLS
 * (relaxed to local-exec), merged strings, debug info, a COMDAT group, a
 * constructor, a jump table. */
__thread int solo_tls = 5;
static __thread int solo_tls_local;
int solo_counter;
static const char *const solo_words[] = {"red", "green", "blue", "cyan", "magenta"};
const char solo_msg[] = "a solo message";

__asm__(".section .text.solo_comdat,\"axG\",@progbits,solo_comdat,comdat\n"
        ".globl solo_comdat\n.type solo_comdat,@function\n"
        "solo_comdat:\n  movl $7, %eax\n  ret\n"
        ".size solo_comdat, .-solo_comdat\n"
        ".text\n");
extern int solo_comdat(void);

__attribute__((constructor)) static void solo_init(void) { solo_counter = 1; }

__attribute__((noinline)) int solo_pick(int i) {
  switch (i & 7) {
  case 0: return solo_words[0][0];
  case 1: return solo_tls + i;
  case 2: return solo_msg[i];
  case 3: return solo_comdat();
  case 4: return solo_tls_local * 3;
  case 5: return i * 11;
  default: return -i;
  }
}

int main(void) {
  solo_tls_local = solo_pick(solo_counter);
  return solo_tls + solo_tls_local + solo_words[solo_counter % 5][0] + solo_msg[1];
}
