/*
 * test_archive.c - the archive reader (input.c) through its public entry,
 * read_inputs(), with the input list filled by parse_options().
 *
 * Archives are written byte by byte ("!<arch>\n" or "!<thin>\n", 60-byte
 * headers, a "/" index with big-endian counts and offsets, a "//" long-name
 * table, members padded to even offsets) into a temporary directory, then
 * corrupted where a test needs it.
 */
#include "unit_util.h"

#include <sys/mman.h>

static const char *const NONE[] = {NULL};

typedef struct {
  char *dir;
  TbObj main_o, a_o, b_o, c_o;
} Fx;

/* main.o: main, refs foo.  a.o: foo, refs bar.  b.o: bar.  c.o: baz. */
static int setup(void **state) {
  Fx *fx = calloc(1, sizeof(Fx));
  fx->dir = tmpdir_new();
  const char *main_d[] = {"main", NULL}, *main_r[] = {"foo", NULL};
  const char *a_d[] = {"foo", NULL}, *a_r[] = {"bar", NULL};
  const char *b_d[] = {"bar", NULL};
  const char *c_d[] = {"baz", NULL};
  fx->main_o = tb_simple(main_d, main_r);
  fx->a_o = tb_simple(a_d, a_r);
  fx->b_o = tb_simple(b_d, NONE);
  fx->c_o = tb_simple(c_d, NONE);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fx *fx = *state;
  tmpdir_remove(fx->dir);
  free(fx->main_o.data);
  free(fx->a_o.data);
  free(fx->b_o.data);
  free(fx->c_o.data);
  free(fx);
  return 0;
}

static ArMember mem(const char *name, TbObj *o, const char *s1, const char *s2) {
  ArMember m;
  memset(&m, 0, sizeof(m));
  m.name = name;
  m.data = o->data;
  m.size = o->size;
  m.syms[0] = s1;
  m.syms[1] = s2;
  return m;
}

static char *put(Fx *fx, const char *name, const void *data, size_t size) {
  return write_file(fx->dir, name, data, size);
}
static char *put_obj(Fx *fx, const char *name, TbObj *o) { return put(fx, name, o->data, o->size); }
static char *put_ar(Fx *fx, const char *name, ArOut *a) {
  char *p = put(fx, name, a->b.data, a->b.len);
  free(a->b.data);
  return p;
}

/* parse_options() on {"weld", args..., "-o", "/dev/null"}, then read_inputs(). */
static Ctx *link_args(const char *const *args) {
  Ctx *ctx = new_ctx();
  char *argv[32];
  int argc = 0;
  argv[argc++] = strdup("weld");
  for (; *args; args++) argv[argc++] = strdup(*args);
  argv[argc++] = strdup("-o");
  argv[argc++] = strdup("/dev/null");
  assert_true(parse_options(ctx, argc, argv));
  read_inputs(ctx);
  return ctx;
}

static InputFile *file_at(Ctx *ctx, size_t i) {
  assert_true(i < ctx->files.len);
  return ctx->files.data[i];
}

/* The display names of ctx->files joined with spaces, with `dir/` removed. */
static const char *files_str(Ctx *ctx, const char *dir) {
  static char out[1024];
  out[0] = 0;
  size_t dl = strlen(dir);
  for (size_t i = 0; i < ctx->files.len; i++) {
    const char *d = file_name(ctx->files.data[i]);
    if (!strncmp(d, dir, dl) && d[dl] == '/') d += dl + 1;
    if (i) strcat(out, " ");
    strcat(out, d);
  }
  return out;
}

/* ------------------------------------------------------------ behaviour */

static void extracts_only_needed_members(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("c.o", &fx->c_o, "baz", NULL), mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 2, true, false);
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(a.o)");
  InputFile *f = file_at(ctx, 1);
  assert_string_equal(f->member, "a.o");
  assert_string_equal(f->path, lib);
  assert_non_null(f->archive);
  assert_true(f->alive);
  Symbol *foo = sym_find(ctx, "foo");
  assert_int_equal(foo->kind, SK_DEFINED);
  assert_ptr_equal(foo->file, f);
  /* a.o's own reference is now undefined; baz was never loaded */
  assert_int_equal(sym_find(ctx, "bar")->kind, SK_UNDEF);
  assert_null(sym_find(ctx, "baz"));
}

/* A member extracted for one symbol pulls another for its own references. */
static void extraction_follows_new_references(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("b.o", &fx->b_o, "bar", NULL), mem("c.o", &fx->c_o, "baz", NULL),
                  mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 3, true, false);
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(a.o) libx.a(b.o)");
  assert_int_equal(sym_find(ctx, "bar")->kind, SK_DEFINED);
}

/* GNU ld's left-to-right rule: an archive before its user is not searched again. */
static void archive_before_user_is_not_searched(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){lib, mo, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o");
  assert_int_equal(sym_find(ctx, "foo")->kind, SK_UNDEF);
}

/* An object with one global `name`: COMMON (shndx SHN_COMMON), or in a
 * 16-byte .data with the given binding and type. */
static TbObj one_def(const char *name, uint8_t bind, uint8_t type, bool common) {
  static uint8_t zeros[16];
  TbSpec s;
  memset(&s, 0, sizeof(s));
  uint32_t data = tb_sec(&s, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, zeros, sizeof(zeros), 8);
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, data, 0, 0);
  if (common) tb_sym(&s, name, STB_GLOBAL, STT_OBJECT, SHN_COMMON, 8, 16);
  else tb_sym(&s, name, bind, type, data, 0, 8);
  return tb_build(&s);
}

/* GNU ld's rule for a symbol that is COMMON so far: only a member with a
 * real (global, non-function) definition of it is extracted, not one with
 * another COMMON, a weak definition or a function of that name. */
static void common_extracts_only_a_real_definition(void **state) {
  Fx *fx = *state;
  TbObj mo = one_def("cv", STB_GLOBAL, STT_OBJECT, true), com = one_def("cv", STB_GLOBAL, STT_OBJECT, true),
        weak = one_def("cv", STB_WEAK, STT_OBJECT, false), fn = one_def("cv", STB_GLOBAL, STT_FUNC, false),
        def = one_def("cv", STB_GLOBAL, STT_OBJECT, false);
  ArMember m[] = {mem("com.o", &com, "cv", NULL), mem("weak.o", &weak, "cv", NULL), mem("fn.o", &fn, "cv", NULL),
                  mem("def.o", &def, "cv", NULL)};
  ArOut a = ar_build(m, 4, true, false);
  char *lib = put_ar(fx, "libx.a", &a), *mp = put_obj(fx, "main.o", &mo);
  Ctx *ctx = link_args((const char *[]){mp, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(def.o)");
  Symbol *cv = sym_find(ctx, "cv");
  assert_int_equal(cv->kind, SK_DEFINED);
  assert_ptr_equal(cv->file, file_at(ctx, 1));
  assert_ptr_equal(file_at(ctx, 1)->why_file, file_at(ctx, 0)); /* the COMMON's file, as GNU ld's map says */
  /* without the definition, nothing is extracted and the COMMON stays */
  ArOut b = ar_build(m, 3, true, false);
  lib = put_ar(fx, "liby.a", &b);
  ctx = link_args((const char *[]){mp, lib, NULL});
  assert_string_equal(files_str(ctx, fx->dir), "main.o");
  assert_int_equal(sym_find(ctx, "cv")->kind, SK_COMMON);
  free(mo.data), free(com.data), free(weak.data), free(fn.data), free(def.data);
}

/* --start-lib ... --end-lib: the objects are members of an archive searched
 * at --end-lib; they are no archive's members in the output's terms. */
static void start_lib_objects_are_lazy(void **state) {
  Fx *fx = *state;
  char *mo = put_obj(fx, "main.o", &fx->main_o), *ao = put_obj(fx, "a.o", &fx->a_o),
       *bo = put_obj(fx, "b.o", &fx->b_o), *co = put_obj(fx, "c.o", &fx->c_o);
  Ctx *ctx = link_args((const char *[]){mo, "--start-lib", co, bo, ao, "--end-lib", NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o a.o b.o");
  assert_null(file_at(ctx, 1)->archive);
  assert_string_equal(file_at(ctx, 1)->why_sym, "foo");
  assert_null(sym_find(ctx, "baz"));
  /* before its user, like an archive: not searched again */
  ctx = link_args((const char *[]){"--start-lib", ao, "--end-lib", mo, NULL});
  assert_string_equal(files_str(ctx, fx->dir), "main.o");
  /* an unterminated --start-lib ends with the command line */
  ctx = link_args((const char *[]){mo, "--start-lib", ao, bo, NULL});
  assert_string_equal(files_str(ctx, fx->dir), "main.o a.o b.o");
}

static void long_member_names(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("exactly15chars.o", &fx->c_o, "baz", NULL),
                  mem("a_very_long_member_name.o", &fx->a_o, "foo", NULL), mem("b.o", &fx->b_o, "bar", NULL)};
  ArOut a = ar_build(m, 3, true, false);
  assert_int_not_equal(a.names_off, 0);
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, "-u", "baz", NULL});
  assert_int_equal(nerrors(ctx), 0);
  /* -u is applied by the driver, not read_inputs: only foo/bar pulled here */
  assert_string_equal(file_at(ctx, 1)->member, "a_very_long_member_name.o");
  assert_string_equal(file_at(ctx, 2)->member, "b.o");
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(a_very_long_member_name.o) libx.a(b.o)");
}

static void long_name_without_table_entry_end(void **state) {
  /* the last name in "//" may end without "/\n" */
  Fx *fx = *state;
  Buf b = {0};
  buf_str(&b, "!<arch>\n");
  ar_hdr(&b, "//", 22);
  buf_str(&b, "a_quite_long_name.o/\nb"); /* 21 bytes + 'b' = 22 */
  ar_hdr(&b, "/21", fx->b_o.size);
  buf_put(&b, fx->b_o.data, fx->b_o.size);
  char *lib = put(fx, "libx.a", b.data, b.len);
  free(b.data);
  const char *refs[] = {"bar", NULL}, *defs[] = {"main", NULL};
  TbObj u = tb_simple(defs, refs);
  char *mo = put_obj(fx, "u.o", &u);
  free(u.data);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_int_equal(ctx->files.len, 2);
  assert_string_equal(file_at(ctx, 1)->member, "b");
}

/* Without a "/" index (ar without 's') the members' symbol tables are read. */
static void archive_without_index(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("c.o", &fx->c_o, NULL, NULL), mem("a.o", &fx->a_o, NULL, NULL),
                  mem("b.o", &fx->b_o, NULL, NULL)};
  ArOut a = ar_build(m, 3, false, false);
  assert_int_equal(a.index_off, 0);
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(a.o) libx.a(b.o)");
}

/* Members of odd size are followed by a '\n' pad byte. */
static void odd_sized_members_are_padded(void **state) {
  Fx *fx = *state;
  uint8_t *odd = malloc(fx->a_o.size + 1);
  memcpy(odd, fx->a_o.data, fx->a_o.size);
  odd[fx->a_o.size] = 0;
  ArMember m[] = {mem("a.o", &fx->a_o, NULL, NULL), mem("b.o", &fx->b_o, NULL, NULL)};
  m[0].data = odd;
  m[0].size = fx->a_o.size + 1;
  ArOut a = ar_build(m, 2, false, false);
  assert_int_equal(a.hdr_off[1] % 2, 0);
  assert_int_equal(a.b.data[a.hdr_off[1] - 1], '\n');
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(a.o) libx.a(b.o)");
  assert_int_equal(file_at(ctx, 1)->size, fx->a_o.size + 1);
  free(odd);
}

static void whole_archive_extracts_everything(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("c.o", &fx->c_o, "baz", NULL), mem("a.o", &fx->a_o, "foo", NULL),
                  mem("b.o", &fx->b_o, "bar", NULL)};
  ArOut a = ar_build(m, 3, true, false);
  char *lib = put_ar(fx, "libx.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, "--whole-archive", lib, "--no-whole-archive", NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(c.o) libx.a(a.o) libx.a(b.o)");
}

/* lib1 (a.o: foo -> bar, c.o: baz), lib2 (b2.o: bar -> baz).  Only a group
 * goes back to lib1 for baz. */
static void group_repeats_search(void **state) {
  Fx *fx = *state;
  const char *b2_d[] = {"bar", NULL}, *b2_r[] = {"baz", NULL};
  TbObj b2 = tb_simple(b2_d, b2_r);
  ArMember m1[] = {mem("a.o", &fx->a_o, "foo", NULL), mem("c.o", &fx->c_o, "baz", NULL)};
  ArMember m2[] = {mem("b2.o", &b2, "bar", NULL)};
  ArOut a1 = ar_build(m1, 2, true, false), a2 = ar_build(m2, 1, true, false);
  char *lib1 = put_ar(fx, "lib1.a", &a1), *lib2 = put_ar(fx, "lib2.a", &a2);
  char *mo = put_obj(fx, "main.o", &fx->main_o);
  free(b2.data);

  Ctx *ctx = link_args((const char *[]){mo, lib1, lib2, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o lib1.a(a.o) lib2.a(b2.o)");
  assert_int_equal(sym_find(ctx, "baz")->kind, SK_UNDEF);

  ctx = link_args((const char *[]){mo, "--start-group", lib1, lib2, "--end-group", NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o lib1.a(a.o) lib2.a(b2.o) lib1.a(c.o)");
  assert_int_equal(sym_find(ctx, "baz")->kind, SK_DEFINED);
}

/* "!<thin>\n": headers only; members are files next to the archive. */
static void thin_archive(void **state) {
  Fx *fx = *state;
  char *ap = put_obj(fx, "a.o", &fx->a_o), *bp = put_obj(fx, "b.o", &fx->b_o);
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL), mem("b.o", &fx->b_o, "bar", NULL)};
  ArOut a = ar_build(m, 2, true, true);
  assert_int_equal(memcmp(a.b.data, "!<thin>\n", 8), 0);
  size_t arsize = a.b.len;
  assert_true(arsize < fx->a_o.size); /* contents are not stored */
  char *lib = put_ar(fx, "libthin.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libthin.a(a.o) libthin.a(b.o)");
  InputFile *f = file_at(ctx, 1);
  assert_int_equal(f->size, fx->a_o.size);
  assert_memory_equal(f->data, fx->a_o.data, fx->a_o.size);
  free(ap);
  free(bp);
}

static void thin_archive_missing_member(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("gone.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, true);
  char *lib = put_ar(fx, "libthin.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 1);
  assert_true(has_msg(ctx, "libthin.a(gone.o): cannot open thin archive member", "gone.o", NULL));
  assert_int_equal(ctx->files.len, 1);
}

/* "#1/N": a BSD-style name stored at the start of the member's data. */
static void bsd_member_name(void **state) {
  Fx *fx = *state;
  Buf b = {0};
  buf_str(&b, "!<arch>\n");
  ar_hdr(&b, "#1/12", 12 + fx->a_o.size);
  buf_put(&b, "bsd_name.o\0\0", 12);
  buf_put(&b, fx->a_o.data, fx->a_o.size);
  char *lib = put(fx, "libx.a", b.data, b.len);
  free(b.data);
  char *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o libx.a(bsd_name.o)");
  assert_int_equal(file_at(ctx, 1)->size, fx->a_o.size);
}

/* "/SYM64/": the 64-bit index (8-byte big-endian count and offsets). */
static void sym64_index(void **state) {
  Fx *fx = *state;
  Buf b = {0};
  buf_str(&b, "!<arch>\n");
  uint64_t isize = 8 + 2 * 8 + 8; /* "foo\0bar\0" */
  uint64_t a_off = 8 + 60 + isize;
  uint64_t b_off = a_off + 60 + align_to(fx->a_o.size, 2);
  ar_hdr(&b, "/SYM64/", isize);
  uint8_t w[8] = {0};
  w[7] = 2;
  buf_put(&b, w, 8);
  memset(w, 0, 8);
  put_be32(w + 4, (uint32_t)a_off);
  buf_put(&b, w, 8);
  put_be32(w + 4, (uint32_t)b_off);
  buf_put(&b, w, 8);
  buf_put(&b, "foo\0bar\0", 8);
  assert_int_equal(b.len, a_off);
  ar_hdr(&b, "a.o/", fx->a_o.size);
  buf_put(&b, fx->a_o.data, fx->a_o.size);
  ar_hdr(&b, "b.o/", fx->b_o.size);
  buf_put(&b, fx->b_o.data, fx->b_o.size);
  char *lib = put(fx, "lib64.a", b.data, b.len);
  free(b.data);
  char *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 0);
  assert_string_equal(files_str(ctx, fx->dir), "main.o lib64.a(a.o) lib64.a(b.o)");
}

/* --------------------------------------------------------------- errors */

/* Links main.o + the archive and expects one error mentioning the archive
 * and `what`, and no member loaded from it. */
static void expect_ar_error(Fx *fx, ArOut *a, const char *what1, const char *what2) {
  char *lib = put_ar(fx, "libbad.a", a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_true(nerrors(ctx) > 0);
  assert_true(has_msg(ctx, lib, what1, what2));
  for (size_t i = 0; i < ctx->files.len; i++) assert_null(file_at(ctx, i)->archive);
}

static void member_size_past_end(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  ar_set_size_field(&a, a.hdr_off[0], "9999999");
  char want[64];
  snprintf(want, sizeof(want), "archive member at offset 0x%llx: size 9999999", (unsigned long long)a.hdr_off[0]);
  expect_ar_error(fx, &a, want, "extends past the end of the archive");
}

/* The same for a member that is not the first one (read only on extraction). */
static void later_member_size_past_end(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("c.o", &fx->c_o, "baz", NULL), mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 2, true, false);
  char sz[32];
  snprintf(sz, sizeof(sz), "%zu", fx->a_o.size + 2);
  ar_set_size_field(&a, a.hdr_off[1], sz);
  expect_ar_error(fx, &a, "extends past the end of the archive", NULL);
}

static void bad_size_field(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  ar_set_size_field(&a, a.hdr_off[0], "12x4");
  expect_ar_error(fx, &a, "invalid size field '12x4", NULL);
}

static void negative_size_field(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  ar_set_size_field(&a, a.hdr_off[0], "-1");
  expect_ar_error(fx, &a, "invalid size field", NULL);
}

static void empty_size_field(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  ar_set_size_field(&a, a.index_off, "");
  expect_ar_error(fx, &a, "at offset 0x8 has an invalid size field", NULL);
}

static void bad_header_terminator(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  a.b.data[a.hdr_off[0] + 58] = 'X';
  expect_ar_error(fx, &a, "is corrupt (bad terminator)", NULL);
}

static void truncated_header(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("c.o", &fx->c_o, "baz", NULL), mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 2, true, false);
  a.b.len = a.hdr_off[1] + 30;
  expect_ar_error(fx, &a, "header at offset", "is truncated");
}

static void long_name_offset_out_of_range(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a_very_long_member_name.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  memcpy(a.b.data + a.hdr_off[0], "/9999           ", 16);
  expect_ar_error(fx, &a, "long name offset '/9999", "is invalid");
}

/* An offset equal to the table's size is one past its end. */
static void long_name_offset_at_table_end(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a_very_long_member_name.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  size_t tab = strlen("a_very_long_member_name.o/\n");
  char name[17];
  snprintf(name, sizeof(name), "/%-15zu", tab);
  memcpy(a.b.data + a.hdr_off[0], name, 16);
  expect_ar_error(fx, &a, "long name offset '/27", "is invalid");
}

static void long_name_without_table(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  assert_int_equal(a.names_off, 0);
  memcpy(a.b.data + a.hdr_off[0], "/0              ", 16);
  expect_ar_error(fx, &a, "long name offset '/0", "is invalid");
}

static void index_points_past_end(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  put_be32(a.b.data + a.index_off + 60 + 4, 0x7ffffff0);
  expect_ar_error(fx, &a, "entry 0 (foo) points to offset 0x7ffffff0", "past the end of the archive");
}

/* An offset inside the file that is not a member header. */
static void index_points_into_member_data(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  put_be32(a.b.data + a.index_off + 60 + 4, (uint32_t)a.hdr_off[0] + 64);
  expect_ar_error(fx, &a, "bad terminator", NULL);
}

static void index_points_to_special_member(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  put_be32(a.b.data + a.index_off + 60 + 4, 8);
  expect_ar_error(fx, &a, "symbol index points to a special member at offset 0x8", NULL);
}

static void index_count_too_large(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  put_be32(a.b.data + a.index_off + 60, 1000);
  expect_ar_error(fx, &a, "symbol index claims 1000 entries", NULL);
}

static void index_name_runs_past_end(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", "xyz")};
  ArOut a = ar_build(m, 1, true, false);
  /* "foo\0xyz\0": the last NUL becomes 'z' */
  uint64_t names = a.index_off + 60 + 4 + 8;
  assert_int_equal(memcmp(a.b.data + names, "foo\0xyz\0", 8), 0);
  a.b.data[names + 7] = 'z';
  expect_ar_error(fx, &a, "name of entry 1 runs past the end of the index", NULL);
}

/* A corrupt member object: the error names archive(member). */
static void corrupt_member_object(void **state) {
  Fx *fx = *state;
  ArMember m[] = {mem("a.o", &fx->a_o, "foo", NULL)};
  ArOut a = ar_build(m, 1, true, false);
  a.b.data[a.hdr_off[0] + 60 + EI_CLASS] = ELFCLASS32;
  char *lib = put_ar(fx, "libbad.a", &a), *mo = put_obj(fx, "main.o", &fx->main_o);
  Ctx *ctx = link_args((const char *[]){mo, lib, NULL});
  assert_int_equal(nerrors(ctx), 1);
  char want[512];
  snprintf(want, sizeof(want), "%s(a.o): is a 32-bit ELF object", lib);
  assert_true(has_msg(ctx, want, NULL, NULL));
}

/* ------------------------------------------------------ known bug (opt-in) */

static bool known_bugs(void) { return true; } /* the bugs these cover are fixed */

/* A "#1/N" name in a thin archive: the name would follow the header, but
 * thin archives store no member data, so read_member (input.c) reads it
 * from past the end of the mapped archive.  Here the archive is exactly one
 * page, its last header is "#1/64", and a PROT_NONE page is placed where
 * the next mapping goes: today the child dies with SIGSEGV.  Expected: an
 * error about the BSD name. */
static void thin_bsd_child(void *arg) {
  char *lib = arg;
  Ctx *ctx = new_ctx();
  char *argv[] = {strdup("weld"), lib, strdup("-o"), strdup("/dev/null")};
  if (!parse_options(ctx, 4, argv)) _exit(4);
  uint8_t *g = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(g, 4096); /* a one-page hole just below a PROT_NONE page */
  read_inputs(ctx);
  bool ok = false;
  for (size_t i = 0; i < ctx->msgs.len; i++) ok |= strstr(msg_at(ctx, i), "BSD name") != NULL;
  dump_msgs(ctx);
  fflush(stderr);
  _exit(ok ? 0 : 3);
}

static void thin_archive_bsd_name(void **state) {
  if (!known_bugs()) skip();
  Fx *fx = *state;
  Buf b = {0};
  buf_str(&b, "!<thin>\n");
  size_t pad = 4096 - 8 - 60 - 60;
  ar_hdr(&b, "//", pad);
  buf_zero(&b, pad);
  memset(b.data + 8 + 60, 'n', pad - 1);
  b.data[8 + 60 + pad - 1] = '\n';
  ar_hdr(&b, "#1/64", 100);
  assert_int_equal(b.len, 4096);
  char *lib = put(fx, "libthin.a", b.data, b.len);
  free(b.data);
  char out[8192];
  int st = run_in_child(thin_bsd_child, lib, out, sizeof(out));
  if (st != 0) fail_msg("child status %d (139 = SIGSEGV); output:\n%s", st, out);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(extracts_only_needed_members),
      T(extraction_follows_new_references),
      T(archive_before_user_is_not_searched),
      T(common_extracts_only_a_real_definition),
      T(start_lib_objects_are_lazy),
      T(long_member_names),
      T(long_name_without_table_entry_end),
      T(archive_without_index),
      T(odd_sized_members_are_padded),
      T(whole_archive_extracts_everything),
      T(group_repeats_search),
      T(thin_archive),
      T(thin_archive_missing_member),
      T(bsd_member_name),
      T(sym64_index),
      T(member_size_past_end),
      T(later_member_size_past_end),
      T(bad_size_field),
      T(negative_size_field),
      T(empty_size_field),
      T(bad_header_terminator),
      T(truncated_header),
      T(long_name_offset_out_of_range),
      T(long_name_offset_at_table_end),
      T(long_name_without_table),
      T(index_points_past_end),
      T(index_points_into_member_data),
      T(index_points_to_special_member),
      T(index_count_too_large),
      T(index_name_runs_past_end),
      T(corrupt_member_object),
      T(thin_archive_bsd_name),
  };
  return cmocka_run_group_tests_name("archive", tests, NULL, NULL);
}
