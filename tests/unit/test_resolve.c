/*
 * test_resolve.c - symbol ranking in resolve_file_symbols() (resolve.c):
 * strong > COMMON > weak > undefined, first of equals wins, duplicate
 * strong definitions are an error naming both files, COMMON keeps the
 * largest size and alignment, undefined weak stays undefined, --wrap.
 */
#include "unit_util.h"

enum { TEXT = 1, DATA = 2 };
enum { COMMON_DEF = 1000 }; /* pseudo bind for one_sym(): a COMMON symbol */

/* One object with .text (64 bytes) and .data (64 bytes) and the given
 * global symbol.  bind: STB_GLOBAL/STB_WEAK/STB_GNU_UNIQUE, or COMMON_DEF
 * (value = alignment); shndx: TEXT, DATA, SHN_ABS or SHN_UNDEF. */
static TbObj one_sym(const char *name, int bind, uint32_t shndx, uint64_t value, uint64_t size) {
  static uint8_t text[64], data[64];
  TbSpec s;
  memset(&s, 0, sizeof(s));
  tb_sec(&s, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, text, sizeof(text), 16);
  tb_sec(&s, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, data, sizeof(data), 8);
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, TEXT, 0, 0);
  if (bind == COMMON_DEF) tb_sym(&s, name, STB_GLOBAL, STT_OBJECT, SHN_COMMON, value, size);
  else tb_sym(&s, name, (uint8_t)bind, shndx == TEXT ? STT_FUNC : STT_OBJECT, shndx, value, size);
  return tb_build(&s);
}

/* Adds a file to the link the way input.c's add_object does. */
static InputFile *load(Ctx *ctx, const char *name, TbObj o) {
  InputFile *f = parse_full(ctx, name, NULL, o.data, o.size, ctx->next_priority++);
  if (!f) dump_msgs(ctx);
  assert_non_null(f);
  f->alive = true;
  vec_push(&ctx->files, f);
  resolve_comdat(ctx, f);
  resolve_file_symbols(ctx, f);
  return f;
}

static void weak_then_strong(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  load(ctx, "a.o", one_sym("foo", STB_WEAK, TEXT, 0, 8));
  InputFile *b = load(ctx, "b.o", one_sym("foo", STB_GLOBAL, DATA, 16, 4));
  Symbol *s = sym_find(ctx, "foo");
  assert_int_equal(nerrors(ctx), 0);
  assert_int_equal(s->kind, SK_DEFINED);
  assert_ptr_equal(s->file, b);
  assert_ptr_equal(s->isec, b->sections[DATA]);
  assert_int_equal(s->value, 16);
  assert_int_equal(s->bind, STB_GLOBAL);
}

static void strong_then_weak(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", one_sym("foo", STB_GLOBAL, TEXT, 8, 8));
  load(ctx, "b.o", one_sym("foo", STB_WEAK, DATA, 0, 4));
  Symbol *s = sym_find(ctx, "foo");
  assert_int_equal(nerrors(ctx), 0);
  assert_ptr_equal(s->file, a);
  assert_int_equal(s->value, 8);
  assert_int_equal(s->type, STT_FUNC);
}

static void weak_and_weak_first_wins(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", one_sym("foo", STB_WEAK, TEXT, 0, 8));
  load(ctx, "b.o", one_sym("foo", STB_WEAK, DATA, 0, 8));
  Symbol *s = sym_find(ctx, "foo");
  assert_int_equal(nerrors(ctx), 0);
  assert_int_equal(s->kind, SK_WEAK);
  assert_ptr_equal(s->file, a);
}

static void duplicate_strong_is_error(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "first.o", one_sym("foo", STB_GLOBAL, TEXT, 0, 8));
  load(ctx, "second.o", one_sym("foo", STB_GLOBAL, DATA, 0, 8));
  assert_int_equal(ctx->dups.len, 1); /* recorded while loading, reported with hints after */
  report_duplicates(ctx);
  assert_int_equal(nerrors(ctx), 1);
  assert_true(has_msg(ctx, "duplicate symbol: foo", ">>> defined in first.o", ">>> defined in second.o"));
  assert_ptr_equal(sym_find(ctx, "foo")->file, a); /* the first stays */
}

static void allow_multiple_definition_keeps_first(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  ctx->opt.muldefs = true; /* --allow-multiple-definition, -z muldefs */
  load(ctx, "weak.o", one_sym("foo", STB_WEAK, TEXT, 0, 4));
  InputFile *a = load(ctx, "first.o", one_sym("foo", STB_GLOBAL, TEXT, 0, 8));
  load(ctx, "second.o", one_sym("foo", STB_GLOBAL, DATA, 0, 16));
  assert_int_equal(ctx->dups.len, 0);
  report_duplicates(ctx);
  assert_int_equal(nerrors(ctx), 0);
  Symbol *s = sym_find(ctx, "foo");
  assert_ptr_equal(s->file, a); /* the first strong one, over the weak one before it */
  assert_int_equal(s->size, 8);
}

static void gnu_unique_duplicates_are_not_errors(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", one_sym("u", STB_GNU_UNIQUE, DATA, 0, 8));
  load(ctx, "b.o", one_sym("u", STB_GNU_UNIQUE, DATA, 0, 8));
  assert_int_equal(nerrors(ctx), 0);
  assert_ptr_equal(sym_find(ctx, "u")->file, a);
}

static void common_beats_weak_either_order(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", one_sym("c1", COMMON_DEF, 0, 8, 4));
  load(ctx, "b.o", one_sym("c1", STB_WEAK, DATA, 0, 4));
  Symbol *s = sym_find(ctx, "c1");
  assert_int_equal(s->kind, SK_COMMON);
  assert_ptr_equal(s->file, a);

  load(ctx, "c.o", one_sym("c2", STB_WEAK, DATA, 0, 4));
  InputFile *d = load(ctx, "d.o", one_sym("c2", COMMON_DEF, 0, 16, 12));
  s = sym_find(ctx, "c2");
  assert_int_equal(s->kind, SK_COMMON);
  assert_true(s->is_common);
  assert_ptr_equal(s->file, d);
  assert_null(s->isec);
  assert_int_equal(s->value, 16); /* a COMMON symbol's value is its alignment until allocation */
  assert_int_equal(s->size, 12);
  assert_int_equal(nerrors(ctx), 0);
}

static void strong_beats_common_either_order(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  load(ctx, "a.o", one_sym("x", COMMON_DEF, 0, 8, 64));
  InputFile *b = load(ctx, "b.o", one_sym("x", STB_GLOBAL, DATA, 0, 8));
  Symbol *s = sym_find(ctx, "x");
  assert_int_equal(s->kind, SK_DEFINED);
  assert_false(s->is_common);
  assert_ptr_equal(s->file, b);
  assert_int_equal(s->size, 8);

  InputFile *c = load(ctx, "c.o", one_sym("y", STB_GLOBAL, DATA, 0, 8));
  load(ctx, "d.o", one_sym("y", COMMON_DEF, 0, 8, 64));
  s = sym_find(ctx, "y");
  assert_int_equal(s->kind, SK_DEFINED);
  assert_ptr_equal(s->file, c);
  assert_int_equal(nerrors(ctx), 0); /* COMMON + strong is not a duplicate */
}

/* Several COMMONs: the largest size and the largest alignment, even when
 * they come from different files; allocate_common honours both. */
static void common_keeps_max_size_and_alignment(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  load(ctx, "a.o", one_sym("buf", COMMON_DEF, 0, 16, 8));
  InputFile *b = load(ctx, "b.o", one_sym("buf", COMMON_DEF, 0, 4, 32));
  load(ctx, "c.o", one_sym("buf", COMMON_DEF, 0, 64, 4));
  load(ctx, "c2.o", one_sym("buf", COMMON_DEF, 0, 8, 16));
  Symbol *s = sym_find(ctx, "buf");
  assert_int_equal(s->kind, SK_COMMON);
  assert_int_equal(s->size, 32);
  assert_int_equal(s->value, 64);
  assert_ptr_equal(s->file, b);
  /* a second common placed after it */
  load(ctx, "d.o", one_sym("small", COMMON_DEF, 0, 8, 3));
  allocate_common(ctx);
  assert_non_null(ctx->common_sec);
  assert_int_equal(ctx->common_sec->type, SHT_NOBITS);
  assert_int_equal(ctx->common_sec->p2align, 6);
  assert_int_equal(s->value, 0);
  Symbol *sm = sym_find(ctx, "small");
  assert_int_equal(sm->value, 32);
  assert_int_equal(ctx->common_sec->size, 35);
  assert_ptr_equal(s->isec, ctx->common_sec);
  assert_int_equal(nerrors(ctx), 0);
}

/* An object referring to `name` (weak or not) from .text+4 in function f. */
static TbObj ref_obj(const char *name, bool weak) {
  static uint8_t text[16];
  TbSpec s;
  memset(&s, 0, sizeof(s));
  tb_sec(&s, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, text, sizeof(text), 16);
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, TEXT, 0, 0);
  tb_sym(&s, "f", STB_GLOBAL, STT_FUNC, TEXT, 0, 16);
  uint32_t r = tb_sym(&s, name, weak ? STB_WEAK : STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  tb_rel(&s, TEXT, 4, r, R_X86_64_PLT32, -4);
  return tb_build(&s);
}

static void undefined_weak_stays_undefined(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  ctx->opt.entry = "_start";
  load(ctx, "a.o", ref_obj("opt_hook", true));
  Symbol *s = sym_find(ctx, "opt_hook");
  assert_non_null(s);
  assert_int_equal(s->kind, SK_UNDEF);
  assert_true(s->referenced);
  assert_false(s->strong_ref);
  assert_false(sym_is_defined(s));
  report_undefined(ctx);
  assert_int_equal(nerrors(ctx), 0);
}

static void undefined_strong_is_reported(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  ctx->opt.entry = "_start";
  load(ctx, "a.o", ref_obj("missing", false));
  Symbol *s = sym_find(ctx, "missing");
  assert_true(s->strong_ref);
  report_undefined(ctx);
  assert_int_equal(nerrors(ctx), 1);
  assert_true(has_msg(ctx, "undefined symbol: missing", ">>> referenced by a.o:(function f: .text+0x4)", NULL));
}

/* A later definition resolves an earlier reference and keeps strong_ref. */
static void reference_then_definition(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  ctx->opt.entry = "_start";
  InputFile *a = load(ctx, "a.o", ref_obj("later", false));
  InputFile *b = load(ctx, "b.o", one_sym("later", STB_GLOBAL, TEXT, 4, 4));
  Symbol *s = sym_find(ctx, "later");
  assert_ptr_equal(a->syms[3], s);
  assert_int_equal(s->kind, SK_DEFINED);
  assert_ptr_equal(s->file, b);
  assert_true(s->strong_ref);
  report_undefined(ctx);
  assert_int_equal(nerrors(ctx), 0);
}

static void absolute_symbol(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  load(ctx, "a.o", one_sym("abs_sym", STB_GLOBAL, SHN_ABS, 0x1234, 0));
  Symbol *s = sym_find(ctx, "abs_sym");
  assert_int_equal(s->kind, SK_DEFINED);
  assert_null(s->isec);
  assert_int_equal(s->value, 0x1234);
  assert_int_equal(sym_real_addr(ctx, s), 0x1234);
}

static void wrap_name_rules(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  vec_push(&ctx->opt.wraps, (void *)"malloc");
  assert_string_equal(wrap_name(ctx, "malloc"), "__wrap_malloc");
  assert_string_equal(wrap_name(ctx, "__real_malloc"), "malloc");
  const char *free_ = "free", *real_free = "__real_free", *wrap = "__wrap_malloc";
  assert_ptr_equal(wrap_name(ctx, free_), free_);
  assert_ptr_equal(wrap_name(ctx, real_free), real_free);
  assert_ptr_equal(wrap_name(ctx, wrap), wrap);
  assert_string_equal(wrap_name(ctx, "mallocx"), "mallocx");
}

/* --wrap=malloc: a.o's undefined malloc goes to __wrap_malloc and its
 * __real_malloc to malloc; definitions are not renamed. */
static void wrap_redirects_undefined_references(void **state) {
  (void)state;
  static uint8_t text[32];
  Ctx *ctx = new_ctx();
  vec_push(&ctx->opt.wraps, (void *)"malloc");
  TbSpec s;
  memset(&s, 0, sizeof(s));
  tb_sec(&s, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, text, sizeof(text), 16);
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, TEXT, 0, 0);
  uint32_t um = tb_sym(&s, "malloc", STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  uint32_t ur = tb_sym(&s, "__real_malloc", STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  InputFile *a = load(ctx, "a.o", tb_build(&s));

  memset(&s, 0, sizeof(s));
  tb_sec(&s, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, text, sizeof(text), 16);
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, TEXT, 0, 0);
  tb_sym(&s, "malloc", STB_GLOBAL, STT_FUNC, TEXT, 0, 8);
  tb_sym(&s, "__wrap_malloc", STB_GLOBAL, STT_FUNC, TEXT, 16, 8);
  InputFile *b = load(ctx, "b.o", tb_build(&s));

  Symbol *wrapped = a->syms[um], *real = a->syms[ur];
  assert_string_equal(wrapped->name, "__wrap_malloc");
  assert_ptr_equal(wrapped, sym_find(ctx, "__wrap_malloc"));
  assert_ptr_equal(wrapped->file, b);
  assert_int_equal(wrapped->value, 16);
  assert_string_equal(real->name, "malloc");
  assert_ptr_equal(real, sym_find(ctx, "malloc"));
  assert_ptr_equal(real->file, b);
  assert_int_equal(real->value, 0);
  /* nothing refers to the unwrapped name any more */
  assert_null(sym_find(ctx, "__real_malloc"));
  assert_int_equal(nerrors(ctx), 0);
}

/* Two objects with the same COMDAT group: the second copy is discarded and
 * its definition counts only as a reference (no duplicate error). */
static TbObj comdat_obj(void) {
  static uint8_t text[16];
  static uint32_t grp[2];
  TbSpec s;
  memset(&s, 0, sizeof(s));
  uint32_t t = tb_sec(&s, ".text.inl", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR | SHF_GROUP, text, sizeof(text), 16);
  grp[0] = GRP_COMDAT;
  grp[1] = t;
  uint32_t g = tb_sec(&s, ".group", SHT_GROUP, 0, grp, sizeof(grp), 4);
  s.sec[g].link = TB_SYMTAB;
  s.sec[g].entsize = 4;
  uint32_t y = tb_sym(&s, "inl", STB_GLOBAL, STT_FUNC, t, 0, 16);
  s.sec[g].info = y;
  return tb_build(&s);
}

static void comdat_duplicate_is_discarded(void **state) {
  (void)state;
  Ctx *ctx = new_ctx();
  InputFile *a = load(ctx, "a.o", comdat_obj());
  InputFile *b = load(ctx, "b.o", comdat_obj());
  assert_int_equal(nerrors(ctx), 0);
  Symbol *s = sym_find(ctx, "inl");
  assert_ptr_equal(s->file, a);
  assert_int_equal(s->kind, SK_DEFINED);
  assert_true(atomic_load(&a->sections[1]->alive));
  assert_false(atomic_load(&b->sections[1]->alive));
  assert_ptr_equal(b->syms[1], s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(weak_then_strong),
      cmocka_unit_test(strong_then_weak),
      cmocka_unit_test(weak_and_weak_first_wins),
      cmocka_unit_test(duplicate_strong_is_error),
      cmocka_unit_test(allow_multiple_definition_keeps_first),
      cmocka_unit_test(gnu_unique_duplicates_are_not_errors),
      cmocka_unit_test(common_beats_weak_either_order),
      cmocka_unit_test(strong_beats_common_either_order),
      cmocka_unit_test(common_keeps_max_size_and_alignment),
      cmocka_unit_test(undefined_weak_stays_undefined),
      cmocka_unit_test(undefined_strong_is_reported),
      cmocka_unit_test(reference_then_definition),
      cmocka_unit_test(absolute_symbol),
      cmocka_unit_test(wrap_name_rules),
      cmocka_unit_test(wrap_redirects_undefined_references),
      cmocka_unit_test(comdat_duplicate_is_discarded),
  };
  return cmocka_run_group_tests_name("resolve", tests, NULL, NULL);
}
