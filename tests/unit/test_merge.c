/*
 * test_merge.c - SHF_MERGE|SHF_STRINGS sections: merge_strings() and
 * merge_offset() (merge.c).  Objects are built in memory, loaded into
 * ctx->files, and merged; the merged section's bytes come from its
 * synthetic writer, as at output time.
 */
#include "unit_util.h"

#define MS (SHF_ALLOC | SHF_MERGE | SHF_STRINGS)

/* An object with one string section (data/size/entsize/align) named `name`,
 * a local symbol `lbl` at `lbl_off` in it, and a .data section. */
static TbObj str_obj(const char *name, const void *data, size_t size, uint64_t flags, uint64_t entsize,
                     uint64_t align) {
  TbSpec s;
  memset(&s, 0, sizeof(s));
  uint32_t k = tb_sec(&s, name, SHT_PROGBITS, flags, data, size, align);
  s.sec[k].entsize = entsize;
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, k, 0, 0);
  return tb_build(&s);
}

static InputFile *load(Ctx *ctx, const char *name, TbObj o) {
  InputFile *f = parse_full(ctx, name, NULL, o.data, o.size, ctx->next_priority++);
  if (!f) dump_msgs(ctx);
  assert_non_null(f);
  f->alive = true;
  vec_push(&ctx->files, f);
  resolve_file_symbols(ctx, f);
  return f;
}

/* The merged section's output bytes. */
static uint8_t *merged_bytes(Ctx *ctx, MergedSection *m) {
  assert_non_null(m->isec);
  assert_non_null(m->isec->syn->write);
  uint8_t *buf = malloc(m->isec->size + 1);
  m->isec->syn->write(ctx, m->isec, buf);
  return buf;
}

static void identical_strings_across_files(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", str_obj(".rodata.str1.1", "hello\0world\0", 12, MS, 1, 1));
  InputFile *b = load(ctx, "b.o", str_obj(".rodata.str1.1", "world\0foo\0hello\0", 16, MS, 1, 1));
  merge_strings(ctx);
  assert_int_equal(nerrors(ctx), 0);
  assert_int_equal(ctx->merged.len, 1);
  MergedSection *m = ctx->merged.data[0];
  assert_string_equal(m->name, ".rodata");
  assert_int_equal(m->size, 16); /* hello\0world\0foo\0 */
  InputSection *ia = a->sections[1], *ib = b->sections[1];
  assert_ptr_equal(ia->merged, m);
  assert_ptr_equal(ib->merged, m);
  assert_int_equal(ia->npieces, 2);
  assert_int_equal(ib->npieces, 3);
  assert_int_equal(ia->piece_out[0], 0);
  assert_int_equal(ia->piece_out[1], 6);
  assert_int_equal(ib->piece_out[0], 6);  /* world: a.o's copy */
  assert_int_equal(ib->piece_out[1], 12); /* foo: new */
  assert_int_equal(ib->piece_out[2], 0);  /* hello: a.o's copy */
  uint8_t *out = merged_bytes(ctx, m);
  assert_memory_equal(out, "hello\0world\0foo\0", 16);
  free(out);
}

/* Offsets inside pieces map to the same place inside the kept copy. */
static void merge_offset_inside_pieces(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  load(ctx, "a.o", str_obj(".rodata.str1.1", "xyz\0world\0", 10, MS, 1, 1));
  InputFile *b = load(ctx, "b.o", str_obj(".rodata.str1.1", "world\0abc\0xyz\0", 14, MS, 1, 1));
  merge_strings(ctx);
  InputSection *ib = b->sections[1];
  /* merged: xyz\0world\0abc\0 */
  assert_int_equal(merge_offset(ib, 0), 4);   /* "world" */
  assert_int_equal(merge_offset(ib, 3), 7);   /* "ld" */
  assert_int_equal(merge_offset(ib, 5), 9);   /* its NUL */
  assert_int_equal(merge_offset(ib, 6), 10);  /* "abc" */
  assert_int_equal(merge_offset(ib, 8), 12);  /* "c" */
  assert_int_equal(merge_offset(ib, 10), 0);  /* "xyz" */
  assert_int_equal(merge_offset(ib, 12), 2);  /* "z" */
}

/* At or past a section's end (a section symbol with an addend beyond it,
 * or -1 before it): the end of the strings the section contributes, as GNU
 * ld's _bfd_merged_section_offset; a section that owns none answers where
 * its strings would have started. */
static void merge_offset_past_end(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", str_obj(".rodata.str1.1", "hello\0world\0", 12, MS, 1, 1));
  InputFile *b = load(ctx, "b.o", str_obj(".rodata.str1.1", "world\0", 6, MS, 1, 1));
  InputFile *c = load(ctx, "c.o", str_obj(".rodata.str1.1", "world\0xyz\0", 10, MS, 1, 1));
  merge_strings(ctx);
  /* merged: hello\0world\0xyz\0 (c.o owns xyz at 12) */
  InputSection *ia = a->sections[1], *ib = b->sections[1], *ic = c->sections[1];
  assert_int_equal(merge_offset(ia, 12), 12);
  assert_int_equal(merge_offset(ia, 100), 12);
  assert_int_equal(merge_offset(ia, UINT64_MAX), 12);
  assert_int_equal(merge_offset(ib, 6), 12); /* owns nothing: where c.o's start */
  assert_int_equal(merge_offset(ib, UINT64_MAX), 12);
  assert_int_equal(merge_offset(ic, 10), 16);
  assert_int_equal(merge_offset(ic, 11), 16);
  assert_int_equal(merge_offset(ic, 9), 15); /* inside: xyz's NUL */
}

static void duplicates_within_one_section(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", str_obj(".rodata.str1.1", "abc\0abc\0\0x\0abc\0", 15, MS, 1, 1));
  merge_strings(ctx);
  MergedSection *m = ctx->merged.data[0];
  InputSection *ia = a->sections[1];
  assert_int_equal(ia->npieces, 5); /* abc, abc, "", x, abc */
  assert_int_equal(m->size, 7);     /* abc\0 \0 x\0 */
  assert_int_equal(merge_offset(ia, 4), 0);
  assert_int_equal(merge_offset(ia, 11), 0);
  assert_int_equal(merge_offset(ia, 13), 2);
  assert_int_equal(merge_offset(ia, 8), 4);
  assert_int_equal(merge_offset(ia, 9), 5);
  uint8_t *out = merged_bytes(ctx, m);
  assert_memory_equal(out, "abc\0\0x\0", 7);
  free(out);
}

/* With sh_addralign 4 every piece starts at a multiple of 4. */
static void pieces_keep_alignment(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", str_obj(".rodata.str1.4", "ab\0cdefg\0h\0", 11, MS, 1, 4));
  InputFile *b = load(ctx, "b.o", str_obj(".rodata.str1.4", "h\0ij\0", 5, MS, 1, 4));
  merge_strings(ctx);
  assert_int_equal(ctx->merged.len, 1);
  MergedSection *m = ctx->merged.data[0];
  assert_int_equal(m->p2align, 2);
  InputSection *ia = a->sections[1], *ib = b->sections[1];
  assert_int_equal(ia->piece_out[0], 0);
  assert_int_equal(ia->piece_out[1], 4);
  assert_int_equal(ia->piece_out[2], 12);
  assert_int_equal(ib->piece_out[0], 12);
  assert_int_equal(ib->piece_out[1], 16);
  assert_int_equal(m->size, 19);
  assert_int_equal(m->isec->p2align, 2);
  uint8_t *out = merged_bytes(ctx, m);
  assert_memory_equal(out, "ab\0\0cdefg\0\0\0h\0\0\0ij\0", 19);
  free(out);
}

/* entsize 2: a piece ends at an aligned pair of zero bytes, not at any zero byte. */
static void wide_strings(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  const uint8_t w1[] = {0x41, 0x00, 0x00, 0x01, 0x00, 0x00, /* "A" U+0100 */ 0x42, 0x00, 0x00, 0x00};
  const uint8_t w2[] = {0x42, 0x00, 0x00, 0x00, 0x43, 0x00, 0x00, 0x00};
  InputFile *a = load(ctx, "a.o", str_obj(".rodata.str2.2", w1, sizeof(w1), MS, 2, 2));
  InputFile *b = load(ctx, "b.o", str_obj(".rodata.str2.2", w2, sizeof(w2), MS, 2, 2));
  merge_strings(ctx);
  assert_int_equal(nerrors(ctx), 0);
  InputSection *ia = a->sections[1], *ib = b->sections[1];
  assert_int_equal(ia->npieces, 2);
  assert_int_equal(ia->piece_in[1], 6);
  assert_int_equal(ib->piece_out[0], 6); /* "B" shared */
  assert_int_equal(ib->piece_out[1], 10);
  MergedSection *m = ctx->merged.data[0];
  assert_int_equal(m->entsize, 2);
  assert_int_equal(m->size, 14);
}

/* Different entry sizes, alignments or flags are merged separately. */
static void separate_merged_sections(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", str_obj(".rodata.str1.1", "same\0", 5, MS, 1, 1));
  InputFile *b = load(ctx, "b.o", str_obj(".rodata.str1.8", "same\0", 5, MS, 1, 8));
  InputFile *c = load(ctx, "c.o", str_obj(".comment", "same\0", 5, SHF_MERGE | SHF_STRINGS, 1, 1));
  merge_strings(ctx);
  assert_int_equal(ctx->merged.len, 3);
  assert_ptr_not_equal(a->sections[1]->merged, b->sections[1]->merged);
  assert_ptr_not_equal(a->sections[1]->merged, c->sections[1]->merged);
  assert_string_equal(c->sections[1]->merged->name, ".comment");
}

/* Sections with relocations, dead sections and SHF_MERGE without
 * SHF_STRINGS are left alone. */
static void not_mergeable(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  TbSpec s;
  memset(&s, 0, sizeof(s));
  uint32_t k = tb_sec(&s, ".rodata.str1.1", SHT_PROGBITS, MS, "p\0q\0r\0s\0", 8, 1);
  s.sec[k].entsize = 1;
  uint32_t y = tb_sym(&s, "", STB_LOCAL, STT_SECTION, k, 0, 0);
  tb_rel(&s, k, 0, y, R_X86_64_8, 0);
  InputFile *withrel = load(ctx, "r.o", tb_build(&s));
  InputFile *dead = load(ctx, "d.o", str_obj(".rodata.str1.1", "dead\0", 5, MS, 1, 1));
  atomic_store(&dead->sections[1]->alive, false);
  InputFile *cst = load(ctx, "c.o", str_obj(".rodata.cst4", "\1\2\3\4", 4, SHF_ALLOC | SHF_MERGE, 4, 4));
  merge_strings(ctx);
  assert_int_equal(ctx->merged.len, 0);
  assert_null(withrel->sections[1]->merged);
  assert_null(dead->sections[1]->merged);
  assert_null(cst->sections[1]->merged);
}

/* A relocation against the section symbol of a merged section lands on
 * the kept copy of the string (apply_relocs via isec_addr). */
static void relocation_into_merged_string(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  load(ctx, "a.o", str_obj(".rodata.str1.1", "world\0", 6, MS, 1, 1));
  TbSpec s;
  memset(&s, 0, sizeof(s));
  uint32_t str = tb_sec(&s, ".rodata.str1.1", SHT_PROGBITS, MS, "hello\0world\0", 12, 1);
  s.sec[str].entsize = 1;
  static uint8_t data[16];
  uint32_t d = tb_sec(&s, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, data, 16, 8);
  uint32_t ysec = tb_sym(&s, "", STB_LOCAL, STT_SECTION, str, 0, 0);
  uint32_t ylc = tb_sym(&s, ".LC1", STB_LOCAL, STT_NOTYPE, str, 6, 0);
  tb_rel(&s, d, 0, ysec, R_X86_64_64, 6); /* .rodata.str1.1 + 6 = "world" */
  tb_rel(&s, d, 8, ylc, R_X86_64_64, 2);  /* .LC1 + 2 = "rld" */
  InputFile *b = load(ctx, "b.o", tb_build(&s));
  merge_strings(ctx);
  assert_int_equal(nerrors(ctx), 0);
  MergedSection *m = ctx->merged.data[0];
  assert_int_equal(m->size, 12); /* world\0hello\0 */
  OutputSection ro = {.name = ".rodata", .addr = 0x500000}, dat = {.name = ".data", .addr = 0x600000};
  m->isec->osec = &ro;
  m->isec->offset = 0x10;
  InputSection *ds = b->sections[d];
  ds->osec = &dat;
  uint8_t buf[16];
  memcpy(buf, ds->data, 16);
  apply_relocs(ctx, ds, buf);
  assert_int_equal(nerrors(ctx), 0);
  assert_int_equal(rd64(buf), 0x500010);     /* world: a.o's copy at 0 */
  assert_int_equal(rd64(buf + 8), 0x500012); /* "rld" */
}

static void merge_unterminated_child(void *arg) {
  TbObj *o = arg;
  Ctx *ctx = new_ctx();
  InputFile *f = parse_full(ctx, "m.o", NULL, o->data, o->size, 0);
  if (!f) _exit(5);
  f->alive = true;
  vec_push(&ctx->files, f);
  merge_strings(ctx); /* reports, then checkpoint() exits 1 */
}

/* A string section whose last string has no NUL: error naming the file,
 * section and offset; merge_strings' checkpoint ends the run (exit 1). */
static void unterminated_string_is_error(void **state) {
  (void)state;
  char out[4096];
  TbObj o = str_obj(".rodata.str1.1", "ok\0bad", 6, MS, 1, 1);
  int st = run_in_child(merge_unterminated_child, &o, out, sizeof(out));
  free(o.data);
  assert_int_equal(st, 1);
  if (!strstr(out, "m.o:(.rodata.str1.1+0x3): string in a mergeable string section is not NUL-terminated"))
    fail_msg("unexpected stderr: %s", out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(identical_strings_across_files),
      cmocka_unit_test(merge_offset_inside_pieces),
      cmocka_unit_test(merge_offset_past_end),
      cmocka_unit_test(merge_offset_past_end),
      cmocka_unit_test(duplicates_within_one_section),
      cmocka_unit_test(pieces_keep_alignment),
      cmocka_unit_test(wide_strings),
      cmocka_unit_test(separate_merged_sections),
      cmocka_unit_test(not_mergeable),
      cmocka_unit_test(relocation_into_merged_string),
      cmocka_unit_test(unterminated_string_is_error),
  };
  return cmocka_run_group_tests_name("merge", tests, NULL, NULL);
}
