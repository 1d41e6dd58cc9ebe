/*
 * test_dso.c - the shared-object reader: parse_shared() and
 * dso_sym_version() (dso.c).
 *
 * The real libc.so.6 is parsed for the facts a link against it depends on.
 * Then a small valid ET_DYN image is built in memory (no compiler runs) and
 * corrupted one field at a time: each corruption must be rejected with
 * NULL, exactly one error naming the file and the problem, and no message
 * at all when parsed quietly.
 */
#include "unit_util.h"

/* Section and symbol indices of the image built by dso_build(). */
enum { D_DYNSYM = 1, D_DYNSTR, D_VERSYM, D_VERDEF, D_VERNEED, D_DYNAMIC, D_TEXT, D_SHSTRTAB, D_NSEC };
enum { Y_LOCAL = 1, Y_FOO_V1, Y_FOO_V2, Y_BAR, Y_UNDEF, Y_COPY, Y_NSYM };
#define FIRST_GLOBAL Y_FOO_V1
/* Offsets in .gnu.version_d of its records: base (index 1), V1 (2), V2 (3,
 * with parent V1); each record's Verdaux 20 bytes after it. */
enum { VD_BASE = 0, VD_V1 = 28, VD_V2 = 56, VD_SIZE = 92 };
/* .dynamic entries */
enum { DY_NEEDED1, DY_NEEDED2, DY_SONAME, DY_NULL, DY_N = 6 };

typedef struct {
  uint8_t *data;
  size_t size;
  /* .dynstr offsets */
  uint32_t s_soname, s_need1, s_need2, s_v1, s_v2, s_foo, s_bar, s_undef, s_copy, s_glibc;
} Dso;

static uint32_t str_add(Buf *b, const char *s) { return tb_strtab_add(b, s); }

static Dso dso_build(void) {
  Dso d;
  memset(&d, 0, sizeof(d));
  Buf str = {0};
  buf_zero(&str, 1);
  d.s_soname = str_add(&str, "libt.so.1");
  d.s_need1 = str_add(&str, "libneed.so.2");
  d.s_need2 = str_add(&str, "libz.so.1");
  d.s_v1 = str_add(&str, "V1");
  d.s_v2 = str_add(&str, "V2");
  d.s_foo = str_add(&str, "foo");
  d.s_bar = str_add(&str, "bar");
  d.s_copy = str_add(&str, "copied");
  d.s_glibc = str_add(&str, "GLIBC_X");
  d.s_undef = str_add(&str, "undef_sym"); /* last: the truncation test cuts it */

  Elf64_Sym syms[Y_NSYM];
  memset(syms, 0, sizeof(syms));
  syms[Y_LOCAL] = (Elf64_Sym){0, ELF64_ST_INFO(STB_LOCAL, STT_SECTION), 0, D_TEXT, 0, 0};
  syms[Y_FOO_V1] = (Elf64_Sym){d.s_foo, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 0, D_TEXT, 0, 8};
  syms[Y_FOO_V2] = (Elf64_Sym){d.s_foo, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 0, D_TEXT, 8, 8};
  syms[Y_BAR] = (Elf64_Sym){d.s_bar, ELF64_ST_INFO(STB_WEAK, STT_FUNC), 0, D_TEXT, 16, 8};
  syms[Y_UNDEF] = (Elf64_Sym){d.s_undef, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 0, SHN_UNDEF, 0, 0};
  syms[Y_COPY] = (Elf64_Sym){d.s_copy, ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT), 0, D_TEXT, 24, 8};
  /* foo@V1 (hidden), foo@@V2, bar unversioned, undef_sym and a copy-relocated
   * variable at the .gnu.version_r index 4 */
  uint16_t versym[Y_NSYM] = {0, 0, 0x8000 | 2, 3, 1, 4, 4};

  uint8_t verdef[VD_SIZE];
  memset(verdef, 0, sizeof(verdef));
  Elf64_Verdef vd[3] = {{1, VER_FLG_BASE, 1, 1, 0, 20, VD_V1 - VD_BASE},
                        {1, 0, 2, 1, 0, 20, VD_V2 - VD_V1},
                        {1, 0, 3, 2, 0, 20, 0}};
  Elf64_Verdaux va[4] = {{d.s_soname, 0}, {d.s_v1, 0}, {d.s_v2, 8}, {d.s_v1, 0}};
  memcpy(verdef + VD_BASE, &vd[0], 20);
  memcpy(verdef + VD_BASE + 20, &va[0], 8);
  memcpy(verdef + VD_V1, &vd[1], 20);
  memcpy(verdef + VD_V1 + 20, &va[1], 8);
  memcpy(verdef + VD_V2, &vd[2], 20);
  memcpy(verdef + VD_V2 + 20, &va[2], 8);
  memcpy(verdef + VD_V2 + 28, &va[3], 8);

  uint8_t verneed[32];
  Elf64_Verneed vn = {1, 1, d.s_need1, 16, 0};
  Elf64_Vernaux vna = {0, 0, 4, d.s_glibc, 0};
  memcpy(verneed, &vn, 16);
  memcpy(verneed + 16, &vna, 16);

  Elf64_Dyn dyn[DY_N];
  memset(dyn, 0, sizeof(dyn));
  dyn[DY_NEEDED1] = (Elf64_Dyn){DT_NEEDED, {d.s_need1}};
  dyn[DY_NEEDED2] = (Elf64_Dyn){DT_NEEDED, {d.s_need2}};
  dyn[DY_SONAME] = (Elf64_Dyn){DT_SONAME, {d.s_soname}};
  static uint8_t text[32];
  memset(text, 0xc3, sizeof(text));

  static const char *const names[D_NSEC] = {"", ".dynsym", ".dynstr", ".gnu.version", ".gnu.version_d",
                                            ".gnu.version_r", ".dynamic", ".text", ".shstrtab"};
  Buf shstr = {0};
  buf_zero(&shstr, 1);
  Elf64_Shdr sh[D_NSEC];
  memset(sh, 0, sizeof(sh));
  for (int i = 1; i < D_NSEC; i++) sh[i].sh_name = str_add(&shstr, names[i]);
  struct {
    const void *p;
    size_t n;
    uint32_t type, link, info;
    uint64_t entsize, align;
  } c[D_NSEC] = {
      [D_DYNSYM] = {syms, sizeof(syms), SHT_DYNSYM, D_DYNSTR, FIRST_GLOBAL, sizeof(Elf64_Sym), 8},
      [D_DYNSTR] = {str.data, str.len, SHT_STRTAB, 0, 0, 0, 1},
      [D_VERSYM] = {versym, sizeof(versym), SHT_GNU_versym, D_DYNSYM, 0, 2, 2},
      [D_VERDEF] = {verdef, sizeof(verdef), SHT_GNU_verdef, D_DYNSTR, 3, 0, 8},
      [D_VERNEED] = {verneed, sizeof(verneed), SHT_GNU_verneed, D_DYNSTR, 1, 0, 8},
      [D_DYNAMIC] = {dyn, sizeof(dyn), SHT_DYNAMIC, D_DYNSTR, 0, sizeof(Elf64_Dyn), 8},
      [D_TEXT] = {text, sizeof(text), SHT_PROGBITS, 0, 0, 0, 16},
      [D_SHSTRTAB] = {shstr.data, shstr.len, SHT_STRTAB, 0, 0, 0, 1},
  };
  Buf out = {0};
  buf_zero(&out, sizeof(Elf64_Ehdr));
  for (int i = 1; i < D_NSEC; i++) {
    buf_align(&out, 16);
    sh[i].sh_type = c[i].type;
    sh[i].sh_flags = i == D_SHSTRTAB ? 0 : SHF_ALLOC;
    sh[i].sh_offset = out.len;
    sh[i].sh_size = c[i].n;
    sh[i].sh_link = c[i].link;
    sh[i].sh_info = c[i].info;
    sh[i].sh_entsize = c[i].entsize;
    sh[i].sh_addralign = c[i].align;
    buf_put(&out, c[i].p, c[i].n);
  }
  buf_align(&out, 8);
  uint64_t shoff = out.len;
  buf_put(&out, sh, sizeof(sh));

  Elf64_Ehdr *eh = (Elf64_Ehdr *)out.data;
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = ELFCLASS64;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_type = ET_DYN;
  eh->e_machine = EM_X86_64;
  eh->e_version = EV_CURRENT;
  eh->e_shoff = shoff;
  eh->e_ehsize = sizeof(Elf64_Ehdr);
  eh->e_shentsize = sizeof(Elf64_Shdr);
  eh->e_shnum = D_NSEC;
  eh->e_shstrndx = D_SHSTRTAB;
  free(str.data);
  free(shstr.data);
  d.data = out.data;
  d.size = out.len;
  return d;
}

static Elf64_Ehdr *d_ehdr(Dso *d) { return (Elf64_Ehdr *)d->data; }
static Elf64_Shdr *d_shdr(Dso *d, uint32_t i) { return (Elf64_Shdr *)(d->data + d_ehdr(d)->e_shoff) + i; }
static uint8_t *d_sec(Dso *d, uint32_t i) { return d->data + d_shdr(d, i)->sh_offset; }
static Elf64_Sym *d_sym(Dso *d, uint32_t i) { return (Elf64_Sym *)d_sec(d, D_DYNSYM) + i; }
static uint16_t *d_versym(Dso *d, uint32_t i) { return (uint16_t *)d_sec(d, D_VERSYM) + i; }
static Elf64_Verdef *d_verdef(Dso *d, uint32_t off) { return (Elf64_Verdef *)(d_sec(d, D_VERDEF) + off); }
static Elf64_Verdaux *d_verdaux(Dso *d, uint32_t off) { return (Elf64_Verdaux *)(d_sec(d, D_VERDEF) + off); }
static Elf64_Verneed *d_verneed(Dso *d) { return (Elf64_Verneed *)d_sec(d, D_VERNEED); }
static Elf64_Vernaux *d_vernaux(Dso *d) { return (Elf64_Vernaux *)(d_sec(d, D_VERNEED) + 16); }
static Elf64_Dyn *d_dyn(Dso *d, uint32_t i) { return (Elf64_Dyn *)d_sec(d, D_DYNAMIC) + i; }

/* Parses `d` as "t.so": rejected with one error containing "error: t.so"
 * and both needles; and quietly, rejected without a message. */
static void expect_reject(Dso *d, const char *n1, const char *n2) {
  Ctx *ctx = new_ctx();
  InputFile *f = parse_shared(ctx, "t.so", d->data, d->size, 0, false);
  if (f) dump_msgs(ctx);
  assert_null(f);
  assert_int_equal(nerrors(ctx), 1);
  assert_true(has_msg(ctx, "error: t.so", n1, n2));
  Ctx *q = new_ctx();
  assert_null(parse_shared(q, "t.so", d->data, d->size, 0, true));
  assert_int_equal(nerrors(q), 0);
  assert_int_equal(q->msgs.len, 0);
  free(d->data);
}

static InputFile *expect_parse(Ctx *ctx, Dso *d, const char *path) {
  InputFile *f = parse_shared(ctx, path, d->data, d->size, 3, false);
  if (!f) dump_msgs(ctx);
  assert_non_null(f);
  assert_int_equal(nerrors(ctx), 0);
  return f;
}

static void check_version(InputFile *f, uint32_t i, const char *want, bool want_default) {
  bool def = !want_default;
  const char *v = dso_sym_version(f, i, &def);
  if (want) assert_string_equal(v, want);
  else assert_null(v);
  assert_int_equal(def, want_default);
}

/* ------------------------------------------------------------ libc.so.6 */

#define LIBC "/lib/x86_64-linux-gnu/libc.so.6"

static void libc_parses(void **state) {
  (void)state;
  if (access(LIBC, R_OK)) skip();
  Ctx *ctx = new_ctx();
  MappedFile *mf = map_file(ctx, LIBC);
  assert_non_null(mf);
  InputFile *f = parse_shared(ctx, LIBC, mf->data, mf->size, 1, false);
  if (!f) dump_msgs(ctx);
  assert_non_null(f);
  assert_true(f->is_dso);
  assert_string_equal(f->soname, "libc.so.6");
  bool ld = false;
  for (uint32_t k = 0; k < f->ndt_needed; k++) ld |= !strcmp(f->dt_needed[k], "ld-linux-x86-64.so.2");
  assert_true(ld);
  assert_non_null(f->versym);
  assert_true(f->nvernames > 2);
  bool printf_ok = false, memcpy_old = false, memcpy_new = false;
  for (uint32_t i = f->first_global; i < f->nsyms; i++) {
    const char *name = esym_name(f, i);
    assert_true(f->sym_hashes[i - f->first_global] == hash_str(name));
    if (f->esyms[i].st_shndx == SHN_UNDEF) continue;
    bool def;
    const char *v = dso_sym_version(f, i, &def);
    if (!strcmp(name, "printf")) printf_ok = v && !strcmp(v, "GLIBC_2.2.5") && def;
    if (!strcmp(name, "memcpy") && v && !strcmp(v, "GLIBC_2.2.5") && !def) memcpy_old = true;
    if (!strcmp(name, "memcpy") && v && !strcmp(v, "GLIBC_2.14") && def) memcpy_new = true;
  }
  assert_true(printf_ok);
  assert_true(memcpy_old);
  assert_true(memcpy_new);
}

/* ----------------------------------------------------- the synthetic image */

static void valid_dso_parses(void **state) {
  (void)state;
  Dso d = dso_build();
  Ctx *ctx = new_ctx();
  InputFile *f = expect_parse(ctx, &d, "dir/t.so");
  assert_true(f->is_dso);
  assert_string_equal(f->path, "dir/t.so");
  assert_string_equal(file_name(f), "dir/t.so");
  assert_null(f->member);
  assert_int_equal(f->priority, 3);
  assert_int_equal(f->nsections, D_NSEC);
  assert_null(f->sections);
  assert_int_equal(f->nsyms, Y_NSYM);
  assert_int_equal(f->first_global, FIRST_GLOBAL);
  assert_non_null(f->syms);
  for (uint32_t i = 0; i < f->nsyms; i++) assert_null(f->syms[i]);
  assert_string_equal(esym_name(f, Y_BAR), "bar");
  assert_true(f->sym_hashes[Y_UNDEF - FIRST_GLOBAL] == hash_str("undef_sym"));
  assert_string_equal(f->soname, "libt.so.1");
  assert_int_equal(f->ndt_needed, 2);
  assert_string_equal(f->dt_needed[0], "libneed.so.2");
  assert_string_equal(f->dt_needed[1], "libz.so.1");
  assert_int_equal(f->nvernames, 4);
  assert_null(f->vernames[0]);
  assert_string_equal(f->vernames[1], "libt.so.1"); /* the base version names the soname */
  assert_string_equal(f->vernames[2], "V1");
  assert_string_equal(f->vernames[3], "V2");
  check_version(f, Y_FOO_V1, "V1", false);
  check_version(f, Y_FOO_V2, "V2", true);
  check_version(f, Y_BAR, NULL, true);   /* index 1: global, unversioned */
  check_version(f, Y_LOCAL, NULL, true); /* index 0: local */
  check_version(f, Y_UNDEF, NULL, true); /* a .gnu.version_r index */
  check_version(f, Y_COPY, NULL, true);
  free(d.data);
}

static void soname_defaults_to_file_name(void **state) {
  (void)state;
  Dso d = dso_build();
  d_dyn(&d, DY_SONAME)->d_tag = DT_DEBUG;
  Ctx *ctx = new_ctx();
  assert_string_equal(expect_parse(ctx, &d, "/x/y/libfoo.so.3")->soname, "libfoo.so.3");
  assert_string_equal(expect_parse(ctx, &d, "libbar.so")->soname, "libbar.so");
  free(d.data);
}

static void without_version_sections(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERSYM)->sh_type = SHT_PROGBITS;
  d_shdr(&d, D_VERDEF)->sh_type = SHT_PROGBITS;
  d_shdr(&d, D_VERNEED)->sh_type = SHT_PROGBITS;
  d_shdr(&d, D_DYNAMIC)->sh_type = SHT_PROGBITS;
  Ctx *ctx = new_ctx();
  InputFile *f = expect_parse(ctx, &d, "libq.so");
  assert_null(f->versym);
  assert_null(f->vernames);
  assert_int_equal(f->nvernames, 0);
  assert_int_equal(f->ndt_needed, 0);
  assert_string_equal(f->soname, "libq.so");
  check_version(f, Y_FOO_V2, NULL, true);
  free(d.data);
}

/* Mapped files may sit anywhere; records are read unaligned. */
static void misaligned_data_parses(void **state) {
  (void)state;
  Dso d = dso_build();
  uint8_t *buf = malloc(d.size + 8);
  memcpy(buf + 1, d.data, d.size);
  Ctx *ctx = new_ctx();
  InputFile *f = parse_shared(ctx, "t.so", buf + 1, d.size, 0, false);
  assert_non_null(f);
  assert_string_equal(f->soname, "libt.so.1");
  check_version(f, Y_FOO_V1, "V1", false);
  assert_int_equal(f->esyms[Y_FOO_V2].st_value, 8);
  free(buf);
  free(d.data);
}

/* A .dynamic without DT_NULL is read to the end of the section, no further. */
static void dynamic_without_null(void **state) {
  (void)state;
  Dso d = dso_build();
  for (uint32_t i = DY_NULL; i < DY_N; i++) *d_dyn(&d, i) = (Elf64_Dyn){DT_DEBUG, {0}};
  Ctx *ctx = new_ctx();
  InputFile *f = expect_parse(ctx, &d, "t.so");
  assert_int_equal(f->ndt_needed, 2);
  assert_string_equal(f->soname, "libt.so.1");
  /* and entries after DT_NULL are ignored, even garbage */
  d_dyn(&d, DY_NULL)->d_tag = DT_NULL;
  *d_dyn(&d, DY_NULL + 1) = (Elf64_Dyn){DT_NEEDED, {0xffffff}};
  assert_int_equal(expect_parse(ctx, &d, "t.so")->ndt_needed, 2);
  free(d.data);
}

/* ------------------------------------------------------ header and shdrs */

static void truncated_header(void **state) {
  (void)state;
  Dso d = dso_build();
  d.size = 40;
  expect_reject(&d, "too small", "40 bytes");
}

static void truncated_in_shdrs(void **state) {
  (void)state;
  Dso d = dso_build();
  d.size -= 10;
  expect_reject(&d, "section header table", "outside the file");
}

static void bad_magic(void **state) {
  (void)state;
  Dso d = dso_build();
  d.data[2] = 'X';
  expect_reject(&d, "not an ELF file", NULL);
}

static void elfclass32(void **state) {
  (void)state;
  Dso d = dso_build();
  d.data[EI_CLASS] = ELFCLASS32;
  expect_reject(&d, "is a 32-bit shared object; weld links ELF64 x86-64 only", NULL);
}

static void big_endian(void **state) {
  (void)state;
  Dso d = dso_build();
  d.data[EI_DATA] = ELFDATA2MSB;
  expect_reject(&d, "big-endian", NULL);
}

static void machine_aarch64(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_machine = EM_AARCH64;
  expect_reject(&d, "is for aarch64; weld links x86-64 objects only", NULL);
}

static void machine_unknown(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_machine = 4242;
  expect_reject(&d, "is for machine 4242", NULL);
}

static void not_et_dyn(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_type = ET_REL;
  expect_reject(&d, "ELF file type 1 is not a shared object (ET_DYN)", NULL);
}

static void no_section_headers(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_shoff = 0;
  expect_reject(&d, "has no section header table; weld needs .dynsym", NULL);
}

static void unknown_elf_version(void **state) {
  (void)state;
  Dso d = dso_build();
  d.data[EI_VERSION] = 7;
  expect_reject(&d, "unknown ELF version 7", NULL);
}

static void shentsize_wrong(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_shentsize = 40;
  expect_reject(&d, "e_shentsize is 40, expected 64", NULL);
}

static void shdr_table_past_eof(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_shoff = d.size - 8;
  expect_reject(&d, "section header table at offset 0x", "is outside the file");
}

static void shstrndx_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_shstrndx = D_NSEC;
  expect_reject(&d, "section name table index 9 is out of range", NULL);
}

static void shstrtab_not_strtab(void **state) {
  (void)state;
  Dso d = dso_build();
  d_ehdr(&d)->e_shstrndx = D_TEXT;
  expect_reject(&d, "section name table (section #7) is not a string table", NULL);
}

static void section_past_eof(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_TEXT)->sh_size = 0x100000;
  expect_reject(&d, "section #7", "extend past the end of the file");
}

static void section_size_wraps(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSTR)->sh_size = UINT64_MAX - 8;
  expect_reject(&d, "section #2", "extend past the end of the file");
}

static void alignment_not_pow2(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_TEXT)->sh_addralign = 12;
  expect_reject(&d, "section #7: alignment 12 is not a power of two", NULL);
}

static void section_name_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNAMIC)->sh_name = 0x7777;
  expect_reject(&d, "section #6: name offset 0x7777 is outside the section name table", NULL);
}

static void no_dynsym(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSYM)->sh_type = SHT_PROGBITS;
  expect_reject(&d, "has no dynamic symbol table (.dynsym)", NULL);
}

static void two_dynsyms(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_TEXT)->sh_type = SHT_DYNSYM;
  expect_reject(&d, ".text: second section of type 0xb", "(the first is .dynsym)");
}

/* ---------------------------------------------------------------- .dynsym */

static void dynsym_entsize(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSYM)->sh_entsize = 16;
  expect_reject(&d, ".dynsym: symbol table entry size 16", "is invalid");
}

static void dynsym_size_not_multiple(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSYM)->sh_size -= 4;
  expect_reject(&d, ".dynsym: symbol table entry size 24 / size 164 is invalid", NULL);
}

static void dynsym_link_not_strtab(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSYM)->sh_link = D_TEXT;
  expect_reject(&d, ".dynsym: sh_link 7 is not a string table", NULL);
}

static void first_global_zero(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSYM)->sh_info = 0;
  expect_reject(&d, ".dynsym: first global symbol index 0 is out of range (7 symbols)", NULL);
}

static void first_global_past_end(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSYM)->sh_info = 8;
  expect_reject(&d, ".dynsym: first global symbol index 8 is out of range", NULL);
}

static void global_name_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_BAR)->st_name = 0x10000;
  expect_reject(&d, ".dynsym: symbol #4: name offset 0x10000 is outside the string table", NULL);
}

static void local_name_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_LOCAL)->st_name = 0x7ffffff0;
  expect_reject(&d, ".dynsym: symbol #1: name offset 0x7ffffff0", "outside the string table");
}

/* The string table ends inside the last name: no NUL inside the table. */
static void name_not_terminated(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNSTR)->sh_size -= 1;
  expect_reject(&d, ".dynsym: symbol #5: name offset", "outside the string table");
}

static void symbol_section_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_FOO_V2)->st_shndx = D_NSEC;
  expect_reject(&d, ".dynsym: symbol #3 (foo): section index 9 is out of range", NULL);
}

static void symbol_special_index_ok(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_BAR)->st_shndx = SHN_ABS;
  d_sym(&d, Y_COPY)->st_shndx = SHN_COMMON;
  Ctx *ctx = new_ctx();
  expect_parse(ctx, &d, "t.so");
  free(d.data);
}

/* An SHT_SYMTAB_SHNDX linked to .dynsym extends its section indices. */
static void xindex_table(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_TEXT)->sh_type = SHT_SYMTAB_SHNDX;
  d_shdr(&d, D_TEXT)->sh_link = D_DYNSYM;
  d_shdr(&d, D_TEXT)->sh_size = 4 * Y_NSYM;
  memset(d_sec(&d, D_TEXT), 0, 4 * Y_NSYM);
  wr32(d_sec(&d, D_TEXT) + 4 * Y_BAR, D_DYNAMIC);
  d_sym(&d, Y_BAR)->st_shndx = SHN_XINDEX;
  Ctx *ctx = new_ctx();
  InputFile *f = expect_parse(ctx, &d, "t.so");
  assert_int_equal(esym_shndx(f, Y_BAR), D_DYNAMIC);
  wr32(d_sec(&d, D_TEXT) + 4 * Y_BAR, 0xffff0001);
  InputFile *g = parse_shared(ctx, "t.so", d.data, d.size, 0, false);
  assert_null(g);
  assert_true(has_msg(ctx, "symbol #4 (bar): section index 4294901761 is out of range", NULL, NULL));
  d_shdr(&d, D_TEXT)->sh_size = 4 * Y_NSYM - 4;
  expect_reject(&d, ".text: extended section index table is too small", NULL);
}

static void xindex_without_table(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_BAR)->st_shndx = SHN_XINDEX;
  expect_reject(&d, "symbol #4 (bar): SHN_XINDEX without an extended section index table", NULL);
}

static void unknown_binding(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_BAR)->st_info = ELF64_ST_INFO(12, STT_FUNC);
  expect_reject(&d, "symbol #4 (bar): unknown binding 12", NULL);
}

static void local_after_global(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_BAR)->st_info = ELF64_ST_INFO(STB_LOCAL, STT_FUNC);
  expect_reject(&d, "symbol #4 (bar): local symbol after the first global (sh_info 2)", NULL);
}

static void global_in_local_part(void **state) {
  (void)state;
  Dso d = dso_build();
  d_sym(&d, Y_LOCAL)->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
  expect_reject(&d, "symbol #1 (): non-local symbol in the local part", NULL);
}

/* ------------------------------------------------------------- versions */

static void versym_size_mismatch(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERSYM)->sh_size = 12;
  expect_reject(&d, ".gnu.version: size 0xc does not match the 7 symbols of .dynsym (expected 0xe)", NULL);
}

static void versym_link_wrong(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERSYM)->sh_link = D_DYNSTR;
  expect_reject(&d, ".gnu.version: sh_link 2 is not the dynamic symbol table (section #1)", NULL);
}

static void version_index_undefined(void **state) {
  (void)state;
  Dso d = dso_build();
  *d_versym(&d, Y_FOO_V2) = 7;
  expect_reject(&d, "t.so: .gnu.version: symbol #3 (foo) has version index 7, which .gnu.version_d does not define",
                NULL);
}

static void version_index_hidden_undefined(void **state) {
  (void)state;
  Dso d = dso_build();
  *d_versym(&d, Y_BAR) = 0x8000 | 5;
  expect_reject(&d, "symbol #4 (bar) has version index 5, which .gnu.version_d does not define", NULL);
}

/* Undefined symbols may use any index (.gnu.version_r is theirs). */
static void undefined_symbol_any_index(void **state) {
  (void)state;
  Dso d = dso_build();
  *d_versym(&d, Y_UNDEF) = 0x1234;
  Ctx *ctx = new_ctx();
  InputFile *f = expect_parse(ctx, &d, "t.so");
  check_version(f, Y_UNDEF, NULL, true);
  free(d.data);
}

/* Without .gnu.version_d only indices 0 and 1 are defined. */
static void no_verdef_but_versioned_symbol(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERDEF)->sh_type = SHT_PROGBITS;
  expect_reject(&d, "symbol #2 (foo) has version index 2, which .gnu.version_d does not define", NULL);
}

static void verdef_bad_version(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V1)->vd_version = 2;
  expect_reject(&d, "t.so:(.gnu.version_d+0x1c): version definition #1 has vd_version 2, expected 1", NULL);
}

/* vd_next "pointing back" at the first record wraps only in 32 bits. */
static void verdef_next_points_back(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V1)->vd_next = (uint32_t)-VD_V1;
  expect_reject(&d, "version definition #2 is outside the section (size 0x5c)", NULL);
}

/* A chain whose vd_next never ends, with a huge sh_info: walks off the end. */
static void verdef_endless_chain(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERDEF)->sh_info = 0xffffffff;
  d_verdef(&d, VD_V2)->vd_next = VD_SIZE - VD_V2;
  expect_reject(&d, "(.gnu.version_d+0x5c): version definition #3 is outside the section (size 0x5c)", NULL);
}

/* vd_next 0 ends the chain before sh_info records: fine. */
static void verdef_short_chain(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERDEF)->sh_info = 100;
  Ctx *ctx = new_ctx();
  assert_int_equal(expect_parse(ctx, &d, "t.so")->nvernames, 4);
  /* and sh_info ends it before vd_next does */
  d_shdr(&d, D_VERDEF)->sh_info = 1;
  *d_versym(&d, Y_FOO_V1) = 1;
  *d_versym(&d, Y_FOO_V2) = 1;
  InputFile *f = expect_parse(ctx, &d, "t.so");
  assert_int_equal(f->nvernames, 2);
  assert_string_equal(f->vernames[1], "libt.so.1");
  free(d.data);
}

static void verdef_aux_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V2)->vd_aux = 0x40;
  expect_reject(&d, "(.gnu.version_d+0x38): version definition #2: vd_aux 0x40 points outside the section", NULL);
}

static void verdef_aux_wraps(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V2)->vd_aux = 0xfffffff0;
  expect_reject(&d, "vd_aux 0xfffffff0 points outside the section", NULL);
}

static void verdef_name_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdaux(&d, VD_V1 + 20)->vda_name = 0x9999;
  expect_reject(&d, "(.gnu.version_d+0x30): version definition #1: name offset 0x9999 is outside the string table",
                NULL);
}

static void verdef_index_too_large(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V2)->vd_ndx = 0x7fff;
  expect_reject(&d, "version definition #2 has index 32767, outside 1..0x7ffe", NULL);
}

static void verdef_index_zero(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V1)->vd_ndx = 0;
  expect_reject(&d, "version definition #1 has index 0", NULL);
}

static void verdef_no_aux(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V1)->vd_cnt = 0;
  expect_reject(&d, "version definition #1 has no name (vd_cnt is 0)", NULL);
}

static void verdef_index_twice(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verdef(&d, VD_V2)->vd_ndx = 2;
  expect_reject(&d, "(.gnu.version_d+0x38): version definition #2: index 2 is defined twice", NULL);
}

static void verdef_link_not_strtab(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERDEF)->sh_link = D_DYNSYM;
  expect_reject(&d, ".gnu.version_d: sh_link 1 is not a string table", NULL);
}

/* A copy-relocated variable defined at a .gnu.version_r index is valid;
 * without that .gnu.version_r entry it is not. */
static void defined_symbol_verneed_index(void **state) {
  (void)state;
  Dso d = dso_build();
  d_vernaux(&d)->vna_other = 5;
  expect_reject(&d, "symbol #6 (copied) has version index 4, which .gnu.version_d does not define", NULL);
}

static void verneed_bad_version(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verneed(&d)->vn_version = 0;
  expect_reject(&d, "(.gnu.version_r+0x0): version requirement #0 has vn_version 0, expected 1", NULL);
}

static void verneed_record_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_VERNEED)->sh_info = 2;
  d_verneed(&d)->vn_next = 32;
  expect_reject(&d, "(.gnu.version_r+0x20): version requirement #1 is outside the section (size 0x20)", NULL);
}

static void verneed_aux_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verneed(&d)->vn_aux = 0x20;
  expect_reject(&d, "(.gnu.version_r+0x0): version requirement #0: entry #0 is outside the section (size 0x20)", NULL);
}

/* vna_next 0 ends an aux chain whatever vn_cnt says. */
static void verneed_count_past_chain(void **state) {
  (void)state;
  Dso d = dso_build();
  d_verneed(&d)->vn_cnt = 0xffff;
  Ctx *ctx = new_ctx();
  expect_parse(ctx, &d, "t.so");
  free(d.data);
}

/* Points section `i` at new contents appended to the image. */
static void d_replace_section(Dso *d, uint32_t i, const void *p, size_t n) {
  size_t off = align_to(d->size, 16);
  d->data = realloc(d->data, off + n);
  memset(d->data + d->size, 0, off - d->size);
  memcpy(d->data + off, p, n);
  d->size = off + n;
  d_shdr(d, i)->sh_offset = off;
  d_shdr(d, i)->sh_size = n;
}

/* Records that share one aux chain: each entry is in range, but the walk
 * would be records x entries long; it is bounded by the section size. */
static void verneed_overlapping_chains(void **state) {
  (void)state;
  Dso d = dso_build();
  uint8_t sec[128];
  memset(sec, 0, sizeof(sec));
  for (uint32_t k = 0; k < 4; k++) {
    Elf64_Verneed vn = {1, 4, 0, 64 - 16 * k, k < 3 ? 16 : 0};
    Elf64_Vernaux a = {0, 0, 4, 0, k < 3 ? 16 : 0};
    memcpy(sec + 16 * k, &vn, 16);
    memcpy(sec + 64 + 16 * k, &a, 16);
  }
  d_replace_section(&d, D_VERNEED, sec, sizeof(sec));
  d_shdr(&d, D_VERNEED)->sh_info = 4;
  expect_reject(&d, ".gnu.version_r: version requirement chains overlap (more entries than the section holds)", NULL);
}

/* --------------------------------------------------------------- .dynamic */

static void soname_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_dyn(&d, DY_SONAME)->d_un.d_val = 0x123456;
  expect_reject(&d, "t.so:(.dynamic+0x20): DT_SONAME name offset 0x123456 is outside the string table", NULL);
}

static void needed_out_of_range(void **state) {
  (void)state;
  Dso d = dso_build();
  d_dyn(&d, DY_NEEDED2)->d_un.d_val = UINT64_MAX;
  expect_reject(&d, "(.dynamic+0x10): DT_NEEDED name offset 0xffffffffffffffff is outside the string table", NULL);
}

static void dynamic_entsize(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNAMIC)->sh_entsize = 8;
  expect_reject(&d, ".dynamic: entry size 8 / size 96 is invalid", NULL);
}

static void dynamic_link_not_strtab(void **state) {
  (void)state;
  Dso d = dso_build();
  d_shdr(&d, D_DYNAMIC)->sh_link = 0;
  expect_reject(&d, ".dynamic: sh_link 0 is not a string table", NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(libc_parses),
      cmocka_unit_test(valid_dso_parses),
      cmocka_unit_test(soname_defaults_to_file_name),
      cmocka_unit_test(without_version_sections),
      cmocka_unit_test(misaligned_data_parses),
      cmocka_unit_test(dynamic_without_null),
      cmocka_unit_test(truncated_header),
      cmocka_unit_test(truncated_in_shdrs),
      cmocka_unit_test(bad_magic),
      cmocka_unit_test(elfclass32),
      cmocka_unit_test(big_endian),
      cmocka_unit_test(machine_aarch64),
      cmocka_unit_test(machine_unknown),
      cmocka_unit_test(not_et_dyn),
      cmocka_unit_test(no_section_headers),
      cmocka_unit_test(unknown_elf_version),
      cmocka_unit_test(shentsize_wrong),
      cmocka_unit_test(shdr_table_past_eof),
      cmocka_unit_test(shstrndx_out_of_range),
      cmocka_unit_test(shstrtab_not_strtab),
      cmocka_unit_test(section_past_eof),
      cmocka_unit_test(section_size_wraps),
      cmocka_unit_test(alignment_not_pow2),
      cmocka_unit_test(section_name_out_of_range),
      cmocka_unit_test(no_dynsym),
      cmocka_unit_test(two_dynsyms),
      cmocka_unit_test(dynsym_entsize),
      cmocka_unit_test(dynsym_size_not_multiple),
      cmocka_unit_test(dynsym_link_not_strtab),
      cmocka_unit_test(first_global_zero),
      cmocka_unit_test(first_global_past_end),
      cmocka_unit_test(global_name_out_of_range),
      cmocka_unit_test(local_name_out_of_range),
      cmocka_unit_test(name_not_terminated),
      cmocka_unit_test(symbol_section_out_of_range),
      cmocka_unit_test(symbol_special_index_ok),
      cmocka_unit_test(xindex_table),
      cmocka_unit_test(xindex_without_table),
      cmocka_unit_test(unknown_binding),
      cmocka_unit_test(local_after_global),
      cmocka_unit_test(global_in_local_part),
      cmocka_unit_test(versym_size_mismatch),
      cmocka_unit_test(versym_link_wrong),
      cmocka_unit_test(version_index_undefined),
      cmocka_unit_test(version_index_hidden_undefined),
      cmocka_unit_test(undefined_symbol_any_index),
      cmocka_unit_test(no_verdef_but_versioned_symbol),
      cmocka_unit_test(verdef_bad_version),
      cmocka_unit_test(verdef_next_points_back),
      cmocka_unit_test(verdef_endless_chain),
      cmocka_unit_test(verdef_short_chain),
      cmocka_unit_test(verdef_aux_out_of_range),
      cmocka_unit_test(verdef_aux_wraps),
      cmocka_unit_test(verdef_name_out_of_range),
      cmocka_unit_test(verdef_index_too_large),
      cmocka_unit_test(verdef_index_zero),
      cmocka_unit_test(verdef_no_aux),
      cmocka_unit_test(verdef_index_twice),
      cmocka_unit_test(verdef_link_not_strtab),
      cmocka_unit_test(defined_symbol_verneed_index),
      cmocka_unit_test(verneed_bad_version),
      cmocka_unit_test(verneed_record_out_of_range),
      cmocka_unit_test(verneed_aux_out_of_range),
      cmocka_unit_test(verneed_count_past_chain),
      cmocka_unit_test(verneed_overlapping_chains),
      cmocka_unit_test(soname_out_of_range),
      cmocka_unit_test(needed_out_of_range),
      cmocka_unit_test(dynamic_entsize),
      cmocka_unit_test(dynamic_link_not_strtab),
  };
  return cmocka_run_group_tests_name("dso", tests, NULL, NULL);
}
