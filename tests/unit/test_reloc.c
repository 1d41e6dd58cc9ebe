/*
 * test_reloc.c - relocation encoding in apply_relocs() (reloc.c) on a
 * synthetic input section: bytes written for each type, the GOTPCRELX and
 * TLS relaxations of a static executable, and overflow errors.
 *
 * Layout used throughout:
 *   .text (the relocated section): output section at 0x401000, placed at
 *         offset 0x20, so P = 0x401020 + r_offset
 *   .data (defines `var` at +0x10, size 0x40): 0x600000 + 0x100
 *   .tdata (defines `tv` at +0x8):  0x6ff000 + 0, thread pointer 0x700000
 */
#include "unit_util.h"

#define TEXT_ADDR 0x401020ULL
#define VAR_ADDR 0x600110ULL
#define TV_ADDR 0x6ff008ULL
#define TP 0x700000ULL

enum { Y_NULL, Y_VAR, Y_TV, Y_ABS, Y_FAR, Y_TLSGETADDR, Y_COUNT };

typedef struct {
  Ctx *ctx;
  InputFile *f;
  InputSection text, data, tdata, far;
  OutputSection o_text, o_data, o_tdata, o_far;
  Symbol sym[Y_COUNT];
  Symbol *symp[Y_COUNT];
  Elf64_Rela rels[8];
  uint8_t buf[64];
} R;

static void init_isec(InputSection *is, InputFile *f, const char *name, uint64_t flags, OutputSection *o,
                      uint64_t addr, uint64_t off) {
  memset(o, 0, sizeof(*o));
  o->name = name;
  o->addr = addr;
  o->flags = flags;
  is->file = f;
  is->name = name;
  is->flags = flags;
  is->type = SHT_PROGBITS;
  is->size = 64;
  is->osec = o;
  is->offset = off;
  is->shndx = 1;
  atomic_init(&is->alive, true);
}

static void init_sym(Symbol *s, const char *name, InputFile *f, InputSection *is, uint64_t value, uint64_t size,
                     uint8_t type) {
  memset(s, 0, sizeof(*s));
  s->name = name;
  s->file = f;
  s->isec = is;
  s->value = value;
  s->size = size;
  s->type = type;
  s->kind = SK_DEFINED;
  s->bind = STB_GLOBAL;
  s->aux = 0; /* no GOT or IPLT slots */
}

static int setup(void **state) {
  R *r = calloc(1, sizeof(R));
  r->ctx = new_ctx();
  r->ctx->tp_addr = TP;
  r->f = NEW(r->ctx, InputFile);
  r->f->path = r->f->display = "r.o";
  r->f->priority = 1;
  init_isec(&r->text, r->f, ".text", SHF_ALLOC | SHF_EXECINSTR, &r->o_text, 0x401000, 0x20);
  init_isec(&r->data, r->f, ".data", SHF_ALLOC | SHF_WRITE, &r->o_data, 0x600000, 0x100);
  init_isec(&r->tdata, r->f, ".tdata", SHF_ALLOC | SHF_WRITE | SHF_TLS, &r->o_tdata, 0x6ff000, 0);
  init_isec(&r->far, r->f, ".far", SHF_ALLOC | SHF_WRITE, &r->o_far, 0x180000000ULL, 0);
  init_sym(&r->sym[Y_NULL], "", r->f, NULL, 0, 0, STT_NOTYPE);
  init_sym(&r->sym[Y_VAR], "var", r->f, &r->data, 0x10, 0x40, STT_OBJECT);
  init_sym(&r->sym[Y_TV], "tv", r->f, &r->tdata, 0x8, 4, STT_TLS);
  init_sym(&r->sym[Y_ABS], "absval", r->f, NULL, 0xffffffff80001000ULL, 0, STT_NOTYPE);
  init_sym(&r->sym[Y_FAR], "far_var", r->f, &r->far, 0, 8, STT_OBJECT);
  init_sym(&r->sym[Y_TLSGETADDR], "__tls_get_addr", r->f, NULL, 0, 0, STT_FUNC);
  r->sym[Y_TLSGETADDR].kind = SK_UNDEF;
  for (int i = 0; i < Y_COUNT; i++) r->symp[i] = &r->sym[i];
  r->f->syms = r->symp;
  r->f->nsyms = Y_COUNT;
  memset(r->buf, 0xcc, sizeof(r->buf));
  *state = r;
  return 0;
}

static int teardown(void **state) {
  free(*state);
  return 0;
}

static void add(R *r, uint64_t off, uint32_t sym, uint32_t type, int64_t addend) {
  Elf64_Rela *x = &r->rels[r->text.nrels++];
  x->r_offset = off;
  x->r_info = ELF64_R_INFO(sym, type);
  x->r_addend = addend;
  r->text.rels = (const void *)r->rels;
}

/* The scan chooses each relocation's action (a static executable here),
 * then apply_relocs carries them out, as in a link. */
static void apply(R *r) {
  r->text.data = r->buf;
  static InputSection *secs[2];
  secs[1] = &r->text;
  r->f->sections = secs;
  r->f->nsections = 2;
  r->f->first_global = 1;
  r->ctx->files.len = 0;
  vec_push(&r->ctx->files, r->f);
  scan_relocations(r->ctx);
  apply_relocs(r->ctx, &r->text, r->buf);
}

static void put_bytes(R *r, uint64_t off, const uint8_t *p, size_t n) { memcpy(r->buf + off, p, n); }

static void expect_bytes(R *r, uint64_t off, const uint8_t *p, size_t n) {
  if (memcmp(r->buf + off, p, n)) {
    fprintf(stderr, "  at +%llu got:     ", (unsigned long long)off);
    for (size_t i = 0; i < n; i++) fprintf(stderr, " %02x", r->buf[off + i]);
    fprintf(stderr, "\n  at +%llu expected:", (unsigned long long)off);
    for (size_t i = 0; i < n; i++) fprintf(stderr, " %02x", p[i]);
    fprintf(stderr, "\n");
    dump_msgs(r->ctx);
    fail();
  }
}

static uint32_t rd32_at(R *r, uint64_t off) { return rd32(r->buf + off); }

/* ------------------------------------------------------------ absolute */

static void r_64(void **state) {
  R *r = *state;
  add(r, 8, Y_VAR, R_X86_64_64, 5);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf + 8), VAR_ADDR + 5);
  assert_int_equal(r->buf[7], 0xcc); /* neighbours untouched */
  assert_int_equal(r->buf[16], 0xcc);
}

static void r_32_and_32s(void **state) {
  R *r = *state;
  add(r, 0, Y_VAR, R_X86_64_32, 0x20);
  add(r, 4, Y_VAR, R_X86_64_32S, -0x110);
  add(r, 8, Y_ABS, R_X86_64_32S, 0); /* a negative address fits 32S */
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd32_at(r, 0), VAR_ADDR + 0x20);
  assert_int_equal(rd32_at(r, 4), 0x600000);
  assert_int_equal(rd32_at(r, 8), 0x80001000);
  assert_int_equal(r->buf[12], 0xcc);
}

static void r_16_and_8(void **state) {
  R *r = *state;
  Symbol *a = &r->sym[Y_ABS];
  a->value = 0x1234;
  add(r, 0, Y_ABS, R_X86_64_16, 0);
  add(r, 2, Y_ABS, R_X86_64_8, -0x1234 + 0x7f);
  add(r, 3, Y_ABS, R_X86_64_8, -0x1234 - 1); /* -1 as a signed byte */
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t want[] = {0x34, 0x12, 0x7f, 0xff, 0xcc};
  expect_bytes(r, 0, want, sizeof(want));
}

static void r_size32_size64(void **state) {
  R *r = *state;
  add(r, 0, Y_VAR, R_X86_64_SIZE32, 8);
  add(r, 8, Y_VAR, R_X86_64_SIZE64, -0x10);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd32_at(r, 0), 0x48);
  assert_int_equal(rd64(r->buf + 8), 0x30);
}

/* --------------------------------------------------------- PC-relative */

static void r_pc32_plt32(void **state) {
  R *r = *state;
  add(r, 1, Y_VAR, R_X86_64_PC32, -4);
  add(r, 6, Y_VAR, R_X86_64_PLT32, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd32_at(r, 1), (uint32_t)(VAR_ADDR - 4 - (TEXT_ADDR + 1)));
  assert_int_equal(rd32_at(r, 6), (uint32_t)(VAR_ADDR - 4 - (TEXT_ADDR + 6)));
  assert_int_equal(r->buf[0], 0xcc);
  assert_int_equal(r->buf[5], 0xcc);
}

/* A backwards reference gives a negative displacement. */
static void r_pc32_negative(void **state) {
  R *r = *state;
  r->sym[Y_VAR].isec = &r->text;
  r->sym[Y_VAR].value = 0;
  add(r, 0x30, Y_VAR, R_X86_64_PC32, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal((int32_t)rd32_at(r, 0x30), -0x34);
}

static void r_pc64(void **state) {
  R *r = *state;
  add(r, 8, Y_FAR, R_X86_64_PC64, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf + 8), 0x180000000ULL - (TEXT_ADDR + 8));
}

/* ------------------------------------------------------------ overflow */

static void overflow_32(void **state) {
  R *r = *state;
  add(r, 0x10, Y_FAR, R_X86_64_32, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 1);
  assert_true(has_msg(r->ctx, "r.o:(.text+0x10): relocation R_X86_64_32 out of range", "6442450944 is not in [0, 4294967295]",
                      "references 'far_var'"));
}

/* The edges of R_X86_64_32: 0xffffffff fits, 0x100000000 does not. */
static void overflow_32_boundary(void **state) {
  R *r = *state;
  r->sym[Y_ABS].value = 0xffffffffULL;
  add(r, 0, Y_ABS, R_X86_64_32, 0);
  add(r, 4, Y_ABS, R_X86_64_32, 1);
  add(r, 8, Y_ABS, R_X86_64_32S, -0x17fffffffLL); /* SA = INT32_MIN: fits 32S */
  add(r, 12, Y_ABS, R_X86_64_32S, -0x180000000LL); /* INT32_MIN - 1 */
  apply(r);
  assert_int_equal(nerrors(r->ctx), 2);
  assert_int_equal(rd32_at(r, 0), 0xffffffffu);
  assert_int_equal(rd32_at(r, 8), 0x80000000u);
  assert_true(has_msg(r->ctx, "(.text+0x4): relocation R_X86_64_32 out of range", "4294967296 is not in", NULL));
  assert_true(has_msg(r->ctx, "(.text+0xc): relocation R_X86_64_32S out of range", "-2147483649 is not in", NULL));
}

static void overflow_32_negative(void **state) {
  R *r = *state;
  add(r, 0, Y_ABS, R_X86_64_32, 0); /* 0xffffffff80001000 */
  apply(r);
  assert_int_equal(nerrors(r->ctx), 1);
  assert_true(has_msg(r->ctx, "relocation R_X86_64_32 out of range", "absval", "-mcmodel=large"));
}

static void overflow_32s(void **state) {
  R *r = *state;
  r->sym[Y_ABS].value = 0x80000000ULL;
  add(r, 4, Y_ABS, R_X86_64_32S, 0);
  add(r, 8, Y_ABS, R_X86_64_32, 0); /* the same value fits unsigned */
  apply(r);
  assert_int_equal(nerrors(r->ctx), 1);
  assert_true(has_msg(r->ctx, "(.text+0x4): relocation R_X86_64_32S out of range", "2147483648 is not in", NULL));
  assert_int_equal(rd32_at(r, 8), 0x80000000u);
}

static void overflow_pc32(void **state) {
  R *r = *state;
  add(r, 0x20, Y_FAR, R_X86_64_PC32, -4);
  add(r, 0x28, Y_FAR, R_X86_64_PLT32, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 2);
  assert_true(has_msg(r->ctx, "(.text+0x20): relocation R_X86_64_PC32 out of range", "far_var", NULL));
  assert_true(has_msg(r->ctx, "(.text+0x28): relocation R_X86_64_PLT32 out of range", "far_var", NULL));
}

static void overflow_8_and_16(void **state) {
  R *r = *state;
  r->sym[Y_ABS].value = 0x100;
  add(r, 0, Y_ABS, R_X86_64_8, 0);
  add(r, 2, Y_ABS, R_X86_64_16, 0x10000 - 0x100);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 2);
  assert_true(has_msg(r->ctx, "relocation R_X86_64_8 out of range", "256 is not in [-128, 255]", NULL));
  assert_true(has_msg(r->ctx, "relocation R_X86_64_16 out of range", "65536", NULL));
}

/* -------------------------------------------------------- GOTPCRELX */

/* mov foo@GOTPCREL(%rip), %rax -> lea foo(%rip), %rax */
static void gotpcrelx_mov_to_lea(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x48, 0x8b, 0x05, 0, 0, 0, 0};
  put_bytes(r, 0x10, in, sizeof(in));
  add(r, 0x13, Y_VAR, R_X86_64_REX_GOTPCRELX, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t lea[] = {0x48, 0x8d, 0x05};
  expect_bytes(r, 0x10, lea, 3);
  assert_int_equal(rd32_at(r, 0x13), (uint32_t)(VAR_ADDR - 4 - (TEXT_ADDR + 0x13)));
}

/* movl foo@GOTPCREL(%rip), %edx (no REX) */
static void gotpcrelx_mov_norex(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x8b, 0x15, 0, 0, 0, 0};
  put_bytes(r, 0x10, in, sizeof(in));
  add(r, 0x12, Y_VAR, R_X86_64_GOTPCRELX, -4);
  apply(r);
  const uint8_t want[] = {0x8d, 0x15};
  expect_bytes(r, 0x10, want, 2);
  assert_int_equal(rd32_at(r, 0x12), (uint32_t)(VAR_ADDR - 4 - (TEXT_ADDR + 0x12)));
}

/* call *foo@GOTPCREL(%rip) -> addr32 call foo */
static void gotpcrelx_call(void **state) {
  R *r = *state;
  const uint8_t in[] = {0xff, 0x15, 0, 0, 0, 0};
  put_bytes(r, 0x10, in, sizeof(in));
  add(r, 0x12, Y_VAR, R_X86_64_GOTPCRELX, -4);
  apply(r);
  const uint8_t want[] = {0x67, 0xe8};
  expect_bytes(r, 0x10, want, 2);
  /* the call ends at P + 4: displacement = S - (P + 4) */
  assert_int_equal(rd32_at(r, 0x12), (uint32_t)(VAR_ADDR - (TEXT_ADDR + 0x12 + 4)));
}

/* jmp *foo@GOTPCREL(%rip) -> jmp foo; nop */
static void gotpcrelx_jmp(void **state) {
  R *r = *state;
  const uint8_t in[] = {0xff, 0x25, 0, 0, 0, 0};
  put_bytes(r, 0x10, in, sizeof(in));
  add(r, 0x12, Y_VAR, R_X86_64_GOTPCRELX, -4);
  apply(r);
  assert_int_equal(r->buf[0x10], 0xe9);
  /* jmp rel32 ends at 0x15: displacement = S - (text + 0x15) */
  assert_int_equal(rd32_at(r, 0x11), (uint32_t)(VAR_ADDR - (TEXT_ADDR + 0x15)));
  assert_int_equal(r->buf[0x15], 0x90);
}

/* ---------------------------------------------------------------- TLS */

static void tpoff32(void **state) {
  R *r = *state;
  add(r, 0, Y_TV, R_X86_64_TPOFF32, 0);
  add(r, 4, Y_TV, R_X86_64_TPOFF32, 4);
  add(r, 8, Y_TV, R_X86_64_TPOFF64, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal((int32_t)rd32_at(r, 0), (int32_t)(TV_ADDR - TP)); /* -0xff8 */
  assert_int_equal((int32_t)rd32_at(r, 4), -0xff4);
  assert_int_equal((int64_t)rd64(r->buf + 8), -0xff8);
}

/* data16 lea tv@tlsgd(%rip),%rdi; data16 data16 rex.W call __tls_get_addr@PLT
 * -> mov %fs:0,%rax; lea tv@tpoff(%rax),%rax */
static void tlsgd_to_le(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x66, 0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0x66, 0x66, 0x48, 0xe8, 0, 0, 0, 0};
  put_bytes(r, 0x10, in, sizeof(in));
  add(r, 0x14, Y_TV, R_X86_64_TLSGD, -4);
  add(r, 0x1c, Y_TLSGETADDR, R_X86_64_PLT32, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t want[] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x8d, 0x80, 0x08, 0xf0, 0xff, 0xff};
  expect_bytes(r, 0x10, want, sizeof(want));
  assert_int_equal(r->buf[0x20], 0xcc);
}

/* The -fno-plt form: call *__tls_get_addr@GOTPCREL(%rip) */
static void tlsgd_nopl_to_le(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x66, 0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0x66, 0x48, 0xff, 0x15, 0, 0, 0, 0};
  put_bytes(r, 0, in, sizeof(in));
  add(r, 4, Y_TV, R_X86_64_TLSGD, -4);
  add(r, 12, Y_TLSGETADDR, R_X86_64_GOTPCRELX, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t want[] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x8d, 0x80, 0x08, 0xf0, 0xff, 0xff};
  expect_bytes(r, 0, want, sizeof(want));
}

static void tlsgd_bad_sequence(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0x90, 0x90, 0x90, 0x90, 0x90};
  put_bytes(r, 0x10, in, sizeof(in));
  add(r, 0x13, Y_TV, R_X86_64_TLSGD, -4);
  add(r, 0x18, Y_TLSGETADDR, R_X86_64_PLT32, -4);
  apply(r);
  assert_true(nerrors(r->ctx) >= 1);
  assert_true(has_msg(r->ctx, "r.o:(.text+0x13): R_X86_64_TLSGD: unrecognised instruction sequence for general dynamic",
                      "'tv'", NULL));
}

/* lea x@tlsld(%rip),%rdi; call __tls_get_addr -> padded mov %fs:0,%rax */
static void tlsld_to_le(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0xe8, 0, 0, 0, 0};
  put_bytes(r, 0, in, sizeof(in));
  add(r, 3, Y_TV, R_X86_64_TLSLD, -4);
  add(r, 8, Y_TLSGETADDR, R_X86_64_PLT32, -4);
  add(r, 0x20, Y_TV, R_X86_64_DTPOFF32, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t want[] = {0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0};
  expect_bytes(r, 0, want, sizeof(want));
  /* in code, DTPOFF32 becomes an offset from the thread pointer */
  assert_int_equal((int32_t)rd32_at(r, 0x20), (int32_t)(TV_ADDR - TP));
}

/* movq tv@gottpoff(%rip), %reg -> movq $tv@tpoff, %reg */
static void gottpoff_mov_to_imm(void **state) {
  R *r = *state;
  const uint8_t in1[] = {0x48, 0x8b, 0x05, 0, 0, 0, 0}; /* %rax */
  const uint8_t in2[] = {0x4c, 0x8b, 0x25, 0, 0, 0, 0}; /* %r12 */
  put_bytes(r, 0, in1, sizeof(in1));
  put_bytes(r, 8, in2, sizeof(in2));
  add(r, 3, Y_TV, R_X86_64_GOTTPOFF, -4);
  add(r, 11, Y_TV, R_X86_64_GOTTPOFF, -4);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t w1[] = {0x48, 0xc7, 0xc0, 0x08, 0xf0, 0xff, 0xff};
  const uint8_t w2[] = {0x49, 0xc7, 0xc4, 0x08, 0xf0, 0xff, 0xff};
  expect_bytes(r, 0, w1, sizeof(w1));
  expect_bytes(r, 8, w2, sizeof(w2));
}

/* addq tv@gottpoff(%rip), %rcx -> addq $tv@tpoff, %rcx */
static void gottpoff_add_to_imm(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x48, 0x03, 0x0d, 0, 0, 0, 0};
  put_bytes(r, 0, in, sizeof(in));
  add(r, 3, Y_TV, R_X86_64_GOTTPOFF, -4);
  apply(r);
  const uint8_t want[] = {0x48, 0x81, 0xc1, 0x08, 0xf0, 0xff, 0xff};
  expect_bytes(r, 0, want, sizeof(want));
}

/* lea tv@tlsdesc(%rip),%rax; call *tv@tlscall(%rax) -> mov $off,%rax; xchg %ax,%ax */
static void tlsdesc_to_le(void **state) {
  R *r = *state;
  const uint8_t in[] = {0x48, 0x8d, 0x05, 0, 0, 0, 0, 0xff, 0x10};
  put_bytes(r, 0, in, sizeof(in));
  add(r, 3, Y_TV, R_X86_64_GOTPC32_TLSDESC, -4);
  add(r, 7, Y_TV, R_X86_64_TLSDESC_CALL, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  const uint8_t want[] = {0x48, 0xc7, 0xc0, 0x08, 0xf0, 0xff, 0xff, 0x66, 0x90};
  expect_bytes(r, 0, want, sizeof(want));
}

/* --------------------------------------------------- discarded targets */

static void reference_to_discarded_section(void **state) {
  R *r = *state;
  atomic_store(&r->data.alive, false);
  add(r, 0, Y_VAR, R_X86_64_64, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 1);
  assert_true(has_msg(r->ctx, "r.o:(.text+0x0): relocation refers to 'var' in discarded section .data", NULL, NULL));
}

/* In non-allocated (debug) sections the field becomes a zero tombstone. */
static void discarded_in_debug_is_tombstone(void **state) {
  R *r = *state;
  atomic_store(&r->data.alive, false);
  r->text.flags = 0;
  r->text.name = ".debug_info";
  add(r, 0, Y_VAR, R_X86_64_64, 0);
  add(r, 8, Y_VAR, R_X86_64_32, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf), 0);
  assert_int_equal(rd32_at(r, 8), 0);
  assert_int_equal(r->buf[12], 0xcc);
}

/* .debug_ranges gets 1, not 0: a (0, 0) pair would end the range list
 * (GNU ld's _bfd_clear_contents); every field size is cleared. */
static void discarded_in_debug_ranges_is_one(void **state) {
  R *r = *state;
  atomic_store(&r->data.alive, false);
  r->text.flags = 0;
  r->text.name = ".debug_ranges";
  add(r, 0, Y_VAR, R_X86_64_64, 0);
  add(r, 8, Y_VAR, R_X86_64_32, 4);
  add(r, 12, Y_VAR, R_X86_64_16, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf), 1);
  assert_int_equal(rd32_at(r, 8), 1);
  assert_int_equal(r->buf[12], 1);
  assert_int_equal(r->buf[13], 0);
  assert_int_equal(r->buf[14], 0xcc);
}

/* From debug info, a local symbol of a discarded COMDAT member with a kept
 * counterpart (object.c: match_kept_sections) is relocated against the
 * counterpart, at the same offset. */
static void discarded_in_debug_uses_kept_section(void **state) {
  R *r = *state;
  atomic_store(&r->data.alive, false);
  r->sym[Y_VAR].is_local = true;
  InputSection *kept[2] = {NULL, &r->far};
  r->f->comdat_kept = kept;
  r->text.flags = 0;
  r->text.name = ".debug_info";
  add(r, 0, Y_VAR, R_X86_64_64, 3);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf), 0x180000000ULL + 0x10 + 3);
  /* a counterpart that is gone itself: the tombstone */
  atomic_store(&r->far.alive, false);
  apply(r);
  r->f->comdat_kept = NULL;
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf), 0);
}

/* .gcc_except_table may refer to discarded code (GNU ld: silently 0). */
static void discarded_in_gcc_except_table_is_tombstone(void **state) {
  R *r = *state;
  atomic_store(&r->data.alive, false);
  r->text.flags = SHF_ALLOC;
  r->text.name = ".gcc_except_table";
  add(r, 0, Y_VAR, R_X86_64_64, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf), 0);
}

/* A non-allocated section that is not debug info may not refer to a
 * COMDAT loser (GNU ld: "defined in discarded section"); to a section gc
 * removed it gets the tombstone (weld keeps such sections, GNU ld's gc
 * drops them). */
static void discarded_comdat_in_nondebug_nonalloc_is_error(void **state) {
  R *r = *state;
  atomic_store(&r->data.alive, false);
  r->text.flags = 0;
  r->text.name = ".myinfo";
  add(r, 0, Y_VAR, R_X86_64_64, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  assert_int_equal(rd64(r->buf), 0);
  r->data.comdat_lost = 1;
  apply(r);
  assert_int_equal(nerrors(r->ctx), 1);
  assert_true(has_msg(r->ctx, "r.o:(.myinfo+0x0): relocation refers to 'var' in discarded section .data", NULL, NULL));
}

static void r_none_is_ignored(void **state) {
  R *r = *state;
  add(r, 0, Y_VAR, R_X86_64_NONE, 0);
  apply(r);
  assert_int_equal(nerrors(r->ctx), 0);
  for (size_t i = 0; i < sizeof(r->buf); i++) assert_int_equal(r->buf[i], 0xcc);
}

static void reloc_names(void **state) {
  (void)state;
  assert_string_equal(reloc_name(R_X86_64_PC32), "R_X86_64_PC32");
  assert_string_equal(reloc_name(R_X86_64_REX_GOTPCRELX), "R_X86_64_REX_GOTPCRELX");
  assert_string_equal(reloc_name(R_X86_64_SIZE32), "R_X86_64_SIZE32");
  assert_string_equal(reloc_name(1000), "unknown");
}

/* ------------------------------------------------------ known bugs (opt-in) */

static bool known_bugs(void) { return true; } /* the bugs these cover are fixed */

/* GOTPCRELX in a non-SHF_ALLOC section (also .eh_frame): scan_relocations
 * skips such sections, so nothing checked the instruction or that
 * r_offset >= 2, and apply_relocs "relaxes" anyway, rewriting loc[-2] and
 * loc[-1].  At r_offset 0 that is two bytes before the section: in a full
 * link, the end of the previous output section.  Expected: nothing outside
 * the section is written. */
static void gotpcrelx_in_nonalloc_writes_before_section(void **state) {
  if (!known_bugs()) skip();
  R *r = *state;
  uint8_t big[80];
  memset(big, 0xcc, sizeof(big));
  r->text.flags = 0;
  r->text.name = ".mynote";
  add(r, 0, Y_VAR, R_X86_64_GOTPCRELX, -4);
  apply_relocs(r->ctx, &r->text, big + 8);
  assert_int_equal(big[6], 0xcc);
  assert_int_equal(big[7], 0xcc);
}

/* TLSLD followed by "call *__tls_get_addr@GOTPCREL(%rip)" rewrites 13
 * bytes (loc-3 .. loc+9) but only checks r_offset + 9 <= size: with the
 * section ending inside the call, the byte just past the section is
 * written.  Expected: an error, and nothing written past the section. */
static void tlsld_gotpcrel_form_bounds(void **state) {
  if (!known_bugs()) skip();
  R *r = *state;
  r->text.size = 60;
  const uint8_t in[] = {0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0xff, 0x15, 0, 0, 0}; /* truncated at 60 */
  put_bytes(r, 48, in, sizeof(in));
  r->buf[60] = 0xcc;
  add(r, 51, Y_TV, R_X86_64_TLSLD, -4);
  add(r, 0, Y_NULL, R_X86_64_NONE, 0);
  apply(r);
  assert_int_equal(r->buf[60], 0xcc);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(r_64),
      T(r_32_and_32s),
      T(r_16_and_8),
      T(r_size32_size64),
      T(r_pc32_plt32),
      T(r_pc32_negative),
      T(r_pc64),
      T(overflow_32),
      T(overflow_32_boundary),
      T(overflow_32_negative),
      T(overflow_32s),
      T(overflow_pc32),
      T(overflow_8_and_16),
      T(gotpcrelx_mov_to_lea),
      T(gotpcrelx_mov_norex),
      T(gotpcrelx_call),
      T(gotpcrelx_jmp),
      T(tpoff32),
      T(tlsgd_to_le),
      T(tlsgd_nopl_to_le),
      T(tlsgd_bad_sequence),
      T(tlsld_to_le),
      T(gottpoff_mov_to_imm),
      T(gottpoff_add_to_imm),
      T(tlsdesc_to_le),
      T(reference_to_discarded_section),
      T(discarded_in_debug_is_tombstone),
      T(discarded_in_debug_ranges_is_one),
      T(discarded_in_debug_uses_kept_section),
      T(discarded_in_gcc_except_table_is_tombstone),
      T(discarded_comdat_in_nondebug_nonalloc_is_error),
      T(r_none_is_ignored),
      T(reloc_names),
      T(gotpcrelx_in_nonalloc_writes_before_section),
      T(tlsld_gotpcrel_form_bounds),
  };
  return cmocka_run_group_tests_name("reloc", tests, NULL, NULL);
}
