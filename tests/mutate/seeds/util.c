/* mutate-cflags: -O2 -ffunction-sections -fdata-sections
 * Seed: one section per function/object, merged strings, a jump table in
 * .rodata, a COMDAT group (from top-level asm), .init_array priorities,
 * and enough small functions for a dozen FDEs. */
static const char *const names[] = {"zero", "one", "two", "three", "four", "five", "six"};

__asm__(".section .text.util_comdat,\"axG\",@progbits,util_comdat,comdat\n"
        ".globl util_comdat\n.type util_comdat,@function\n"
        "util_comdat:\n  movl $42, %eax\n  ret\n"
        ".size util_comdat, .-util_comdat\n"
        ".text\n");
extern int util_comdat(void);

int util_table[4] = {1, 2, 3, 4};
static int prio_seen;
__attribute__((constructor(200))) static void early(void) { prio_seen = 2; }

__attribute__((noinline)) int util_f1(int x) { return x * 3 + util_table[x & 3]; }
__attribute__((noinline)) int util_f2(int x) { return util_f1(x) ^ 5; }
__attribute__((noinline)) int util_f3(int x) { return util_f2(x + 1) - 7; }
__attribute__((noinline)) int util_f4(int x) { return util_f3(x) * util_f1(x); }
__attribute__((noinline)) int util_f5(int x) { return util_f4(x >> 1) + prio_seen; }
__attribute__((noinline)) int util_f6(int x) { return util_f5(x) | util_f2(x); }

int util_add(int a, int b) {
  switch (a & 7) {
  case 0: return a + b;
  case 1: return a - b;
  case 2: return a * b;
  case 3: return b + util_table[a & 3];
  case 4: return a ^ b;
  case 5: return util_comdat() + prio_seen;
  case 6: return a | util_f6(b);
  default: return 0;
  }
}

const char *util_name(int i) { return names[(unsigned)i % 7]; }
