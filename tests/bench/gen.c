/* gen: synthetic linker-scaling corpus for tests/bench/scale.sh.
 *
 * Usage: gen N DIR
 *
 * Writes DIR/oI.s for I in 0..N-1 and DIR/start.s. Each object looks like
 * C compiled with -ffunction-sections -fdata-sections:
 *   - 20 functions, each in its own .text.NAME section, with CFI (.eh_frame);
 *     f1..f9 call a leaf function of another object (R_X86_64_PLT32), a COMDAT
 *     function, read another object's data through the GOT
 *     (R_X86_64_REX_GOTPCRELX) and through a pointer table; f10..f19 are leaves
 *     that read their own data (R_X86_64_PC32) and a string literal in
 *     .rodata.str1.1 (SHF_MERGE|SHF_STRINGS; some strings shared by all
 *     objects); f0 calls f1..f9;
 *   - 8 data sections .data.NAME, a pointer table (R_X86_64_64 to other
 *     objects' data), a .bss.NAME section: 30 global symbols in all;
 *   - 2 of 16 COMDAT groups (a weak function and its data) that many objects
 *     share, so the linker keeps one copy of each and drops the other copies'
 *     sections and their FDEs.
 * start.s holds _start, which calls every object's f0 through a table of
 * function pointers, compares the sum with the value computed here, writes
 * "ok\n" and exits 0 (or "bad\n" and exits 1). No libc is needed: link with
 * -static -nostdlib.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NFUNC = 20, NDATA = 8, NPTR = 4, NGROUP = 16 };

static uint64_t N;

static uint64_t dval(uint64_t i, uint64_t k) { return (i * 2654435761u + k * 40503u) % 1000003u; }
static unsigned group0(uint64_t i) { return (unsigned)(i % NGROUP); }
static unsigned group1(uint64_t i) { return (unsigned)((i / NGROUP * 5 + 3) % NGROUP); }
static unsigned group_of(uint64_t i, int j) { return (j & 1) ? group1(i) : group0(i); }
static uint64_t cdval(unsigned g) { return g * 3u + 1u; }
/* first byte of string s of object i (see strings[] below) */
static const char first_char[4] = {'w', 's', 's', 't'};
static uint64_t call_target(uint64_t i, int j) { return (i * 7 + (uint64_t)j * 13 + 1) % N; }
static uint64_t got_target(uint64_t i, int j) { return (i + (uint64_t)j) % N; }

static uint64_t leaf(uint64_t i, int j) {
  return dval(i, (uint64_t)(j - 10) % NDATA) + (uint64_t)first_char[j % 4] + (uint64_t)j;
}

static uint64_t mid(uint64_t i, int j) {
  int m = (j - 1) % NPTR;
  return leaf(call_target(i, j), 10 + j) + cdval(group_of(i, j)) + dval((i + (uint64_t)m + 1) % N, (uint64_t)m) +
         dval(got_target(i, j), (uint64_t)(j % NDATA));
}

static FILE *open_out(const char *dir, const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
    exit(1);
  }
  return f;
}

static void close_out(FILE *f) {
  if (ferror(f) || fclose(f) != 0) {
    fprintf(stderr, "gen: write error\n");
    exit(1);
  }
}

static void func_begin(FILE *f, const char *name, int global) {
  fprintf(f, "\t.section .text.%s,\"ax\",@progbits\n", name);
  if (global) fprintf(f, "\t.globl %s\n", name);
  fprintf(f, "\t.type %s, @function\n\t.p2align 4\n%s:\n\t.cfi_startproc\n", name, name);
}

static void func_end(FILE *f, const char *name) {
  fprintf(f, "\t.cfi_endproc\n\t.size %s, .-%s\n", name, name);
}

static void gen_object(const char *dir, uint64_t i) {
  char fname[64], name[64];
  snprintf(fname, sizeof fname, "o%" PRIu64 ".s", i);
  FILE *f = open_out(dir, fname);
  fprintf(f, "\t.file \"o%" PRIu64 ".c\"\n", i);

  /* COMDAT groups: a weak function and the data it reads */
  unsigned gs[2] = {group0(i), group1(i)};
  for (int g = 0; g < 2; g++) {
    if (g == 1 && gs[1] == gs[0]) break;
    unsigned c = gs[g];
    fprintf(f, "\t.section .text.cd_%u,\"axG\",@progbits,cd_%u,comdat\n", c, c);
    fprintf(f, "\t.weak cd_%u\n\t.type cd_%u, @function\n\t.p2align 4\ncd_%u:\n\t.cfi_startproc\n", c, c, c);
    fprintf(f, "\tmovq cdd_%u(%%rip), %%rax\n\tret\n\t.cfi_endproc\n\t.size cd_%u, .-cd_%u\n", c, c, c);
    fprintf(f, "\t.section .rodata.cdd_%u,\"aG\",@progbits,cd_%u,comdat\n", c, c);
    fprintf(f, "\t.weak cdd_%u\n\t.type cdd_%u, @object\n\t.p2align 3\ncdd_%u:\n\t.quad %" PRIu64 "\n", c, c, c,
            cdval(c));
    fprintf(f, "\t.size cdd_%u, 8\n", c);
  }

  /* f0: calls f1..f9 */
  snprintf(name, sizeof name, "o%" PRIu64 "_f0", i);
  func_begin(f, name, 1);
  fprintf(f, "\tpushq %%rbx\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset 3, -16\n\txorl %%ebx, %%ebx\n");
  for (int j = 1; j <= 9; j++) fprintf(f, "\tcall o%" PRIu64 "_f%d\n\taddq %%rax, %%rbx\n", i, j);
  fprintf(f, "\tmovq %%rbx, %%rax\n\tpopq %%rbx\n\t.cfi_def_cfa_offset 8\n\tret\n");
  func_end(f, name);

  /* f1..f9: cross-object calls, COMDAT call, pointer table, GOT */
  for (int j = 1; j <= 9; j++) {
    int m = (j - 1) % NPTR;
    snprintf(name, sizeof name, "o%" PRIu64 "_f%d", i, j);
    func_begin(f, name, 1);
    fprintf(f, "\tpushq %%rbx\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset 3, -16\n");
    fprintf(f, "\tcall o%" PRIu64 "_f%d@PLT\n\tmovq %%rax, %%rbx\n", call_target(i, j), 10 + j);
    fprintf(f, "\tcall cd_%u@PLT\n\taddq %%rax, %%rbx\n", group_of(i, j));
    fprintf(f, "\tmovq o%" PRIu64 "_ptrs+%d(%%rip), %%rcx\n\taddq (%%rcx), %%rbx\n", i, 8 * m);
    fprintf(f, "\tmovq o%" PRIu64 "_d%d@GOTPCREL(%%rip), %%rcx\n\taddq (%%rcx), %%rbx\n", got_target(i, j), j % NDATA);
    fprintf(f, "\tmovq %%rbx, %%rax\n\tpopq %%rbx\n\t.cfi_def_cfa_offset 8\n\tret\n");
    func_end(f, name);
  }

  /* f10..f19: leaves */
  for (int j = 10; j < NFUNC; j++) {
    snprintf(name, sizeof name, "o%" PRIu64 "_f%d", i, j);
    func_begin(f, name, 1);
    fprintf(f, "\tmovq o%" PRIu64 "_d%d(%%rip), %%rax\n", i, (j - 10) % NDATA);
    fprintf(f, "\tmovzbl .LC%d(%%rip), %%ecx\n\taddq %%rcx, %%rax\n\taddq $%d, %%rax\n\tret\n", j % 4, j);
    func_end(f, name);
  }

  /* strings: .LC1 is the same in every object, .LC2 in every tenth */
  fprintf(f, "\t.section .rodata.str1.1,\"aMS\",@progbits,1\n");
  fprintf(f, ".LC0:\n\t.string \"weld scale object %" PRIu64 "\"\n", i);
  fprintf(f, ".LC1:\n\t.string \"shared string for every object\"\n");
  fprintf(f, ".LC2:\n\t.string \"shared string %" PRIu64 "\"\n", i % 10);
  fprintf(f, ".LC3:\n\t.string \"tail %" PRIu64 "\"\n", i);

  /* data */
  for (int k = 0; k < NDATA; k++) {
    fprintf(f, "\t.section .data.o%" PRIu64 "_d%d,\"aw\",@progbits\n", i, k);
    fprintf(f, "\t.globl o%" PRIu64 "_d%d\n\t.type o%" PRIu64 "_d%d, @object\n\t.p2align 3\n", i, k, i, k);
    fprintf(f, "o%" PRIu64 "_d%d:\n\t.quad %" PRIu64 "\n\t.size o%" PRIu64 "_d%d, 8\n", i, k, dval(i, (uint64_t)k), i,
            k);
  }
  fprintf(f, "\t.section .data.rel.o%" PRIu64 "_ptrs,\"aw\",@progbits\n", i);
  fprintf(f, "\t.globl o%" PRIu64 "_ptrs\n\t.type o%" PRIu64 "_ptrs, @object\n\t.p2align 3\no%" PRIu64 "_ptrs:\n", i, i,
          i);
  for (int m = 0; m < NPTR; m++) fprintf(f, "\t.quad o%" PRIu64 "_d%d\n", (i + (uint64_t)m + 1) % N, m);
  fprintf(f, "\t.size o%" PRIu64 "_ptrs, %d\n", i, 8 * NPTR);
  fprintf(f, "\t.section .bss.o%" PRIu64 "_b,\"aw\",@nobits\n", i);
  fprintf(f, "\t.globl o%" PRIu64 "_b\n\t.type o%" PRIu64 "_b, @object\n\t.p2align 4\no%" PRIu64
             "_b:\n\t.zero 64\n\t.size o%" PRIu64 "_b, 64\n",
          i, i, i, i);
  fprintf(f, "\t.section .note.GNU-stack,\"\",@progbits\n");
  close_out(f);
}

static void gen_start(const char *dir) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < N; i++)
    for (int j = 1; j <= 9; j++) sum += mid(i, j);
  FILE *f = open_out(dir, "start.s");
  fprintf(f, "\t.file \"start.c\"\n\t.section .text._start,\"ax\",@progbits\n\t.globl _start\n");
  fprintf(f, "\t.type _start, @function\n_start:\n\t.cfi_startproc\n\t.cfi_undefined rip\n");
  fprintf(f, "\txorl %%ebp, %%ebp\n\tandq $-16, %%rsp\n\txorl %%r12d, %%r12d\n");
  fprintf(f, "\tleaq fn_table(%%rip), %%r13\n\tleaq fn_table_end(%%rip), %%r14\n");
  fprintf(f, "1:\n\tcmpq %%r14, %%r13\n\tje 2f\n\tcall *(%%r13)\n\taddq %%rax, %%r12\n\taddq $8, %%r13\n\tjmp 1b\n");
  fprintf(f, "2:\n\tmovabsq $%" PRIu64 ", %%rax\n\tcmpq %%rax, %%r12\n\tjne 3f\n", sum);
  fprintf(f, "\tmovl $1, %%eax\n\tmovl $1, %%edi\n\tleaq msg_ok(%%rip), %%rsi\n\tmovl $3, %%edx\n\tsyscall\n");
  fprintf(f, "\tmovl $60, %%eax\n\txorl %%edi, %%edi\n\tsyscall\n");
  fprintf(f, "3:\n\tmovl $1, %%eax\n\tmovl $1, %%edi\n\tleaq msg_bad(%%rip), %%rsi\n\tmovl $4, %%edx\n\tsyscall\n");
  fprintf(f, "\tmovl $60, %%eax\n\tmovl $1, %%edi\n\tsyscall\n\t.cfi_endproc\n\t.size _start, .-_start\n");
  fprintf(f, "\t.section .rodata.msg,\"a\",@progbits\nmsg_ok:\n\t.ascii \"ok\\n\"\nmsg_bad:\n\t.ascii \"bad\\n\"\n");
  fprintf(f, "\t.section .data.rel.ro.fn_table,\"aw\",@progbits\n\t.p2align 3\nfn_table:\n");
  for (uint64_t i = 0; i < N; i++) fprintf(f, "\t.quad o%" PRIu64 "_f0\n", i);
  fprintf(f, "fn_table_end:\n\t.section .note.GNU-stack,\"\",@progbits\n");
  close_out(f);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: gen N DIR\n");
    return 2;
  }
  char *end;
  N = strtoull(argv[1], &end, 10);
  if (*end || N == 0) {
    fprintf(stderr, "gen: bad N '%s'\n", argv[1]);
    return 2;
  }
  for (uint64_t i = 0; i < N; i++) gen_object(argv[2], i);
  gen_start(argv[2]);
  return 0;
}
