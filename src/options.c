/*
 * options.c - the GNU ld command line as gcc, clang and people write it.
 *
 * Long options take one or two dashes and their value after '=' or as the
 * next argument; short options take their value attached or next.  Response
 * files (@file) are expanded first.  Inputs and the position-dependent flags
 * (-l, groups, --whole-archive, -Bstatic) are kept in one ordered list for
 * input.c.  Anything weld does not know is an error that names it.
 */
#include "weld.h"

#include <errno.h>
#include <unistd.h>

static void usage(void) {
  printf("Usage: weld [options] file...\n"
         "weld is an ELF linker for x86-64 Linux, compatible with GNU ld's command line.\n"
         "It links static and dynamic executables (position-dependent, PIE, static PIE) and shared libraries.\n\n"
         "Options:\n"
         "  -o FILE, --output=FILE     write the executable to FILE (default a.out)\n"
         "  -e SYM, --entry=SYM        entry point (default _start)\n"
         "  -L DIR, --library-path=DIR add DIR to the library search path\n"
         "  -l NAME, --library=NAME    search for libNAME.so, then libNAME.a (-l:FILE searches for FILE)\n"
         "  -u SYM, --undefined=SYM    start with SYM undefined (pulls archive members)\n"
         "  --defsym=SYM=EXPR          define SYM as a number, a symbol, or symbol+-number\n"
         "  --wrap=SYM                 route references to SYM to __wrap_SYM, __real_SYM to SYM\n"
         "  --start-group, -(  ... --end-group, -)   search archives repeatedly\n"
         "  --whole-archive, --no-whole-archive      include every member of archives\n"
         "  --start-lib ... --end-lib  the objects in between are archive members (extracted when needed)\n"
         "  -static, -Bstatic          no shared libraries: archives only (-Bdynamic undoes it)\n"
         "  -pie, -no-pie              position-independent executable (ET_DYN) or not\n"
         "  -shared                    a shared library (ET_DYN, every default-visibility global exported)\n"
         "  -static -pie, -static-pie  a static PIE that relocates itself (no dynamic linker)\n"
         "  -soname NAME, -h NAME      DT_SONAME of a shared library\n"
         "  -Bsymbolic, -Bsymbolic-functions  bind a library's own definitions (functions) locally\n"
         "  -init SYM, -fini SYM       DT_INIT / DT_FINI (default _init, _fini)\n"
         "  --exclude-libs=LIB,...|ALL do not export the symbols of these archives\n"
         "  -dynamic-linker PATH       the program interpreter (default /lib64/ld-linux-x86-64.so.2)\n"
         "  --as-needed, --no-as-needed  DT_NEEDED only for shared libraries that are used\n"
         "  --push-state, --pop-state  save and restore --as-needed, -Bstatic, --whole-archive\n"
         "  -rpath DIR, -rpath-link DIR  run-time search path (DT_RUNPATH), link-time search path\n"
         "  --enable-new-dtags, --disable-new-dtags  DT_RUNPATH (default) or DT_RPATH\n"
         "  -E, --export-dynamic       put every global symbol in .dynsym\n"
         "  --hash-style=gnu|sysv|both .gnu.hash (default), .hash, or both\n"
         "  --dynamic-list=FILE, --export-dynamic-symbol=GLOB  export these symbols\n"
         "  --version-script=FILE      symbol versions and local: symbols (GNU ld's language)\n"
         "  --max-symbol-version=SONAME:VERSION  refuse imports that need a newer version\n"
         "                             (e.g. libc.so.6:GLIBC_2.28)\n"
         "  --allow-multiple-definition, -z muldefs  the first definition wins (no duplicate error)\n"
         "  --unresolved-symbols=ignore-all|report-all|ignore-in-object-files|ignore-in-shared-libs\n"
         "  --warn-unresolved-symbols, --error-unresolved-symbols  undefined symbols: warnings (0) or errors\n"
         "  --ignore-unresolved-symbol=SYM  SYM undefined is neither an error nor a warning (0)\n"
         "  --gc-sections              remove unreferenced sections\n"
         "  --shuffle-sections[=SEED]  shuffle the input sections of each output section\n"
         "  --reverse-sections         reverse the input sections of each output section\n"
         "  --print-gc-sections        list removed sections\n"
         "  -s, --strip-all            omit .symtab and .strtab\n"
         "  -S, --strip-debug          omit debug sections\n"
         "  -x, --discard-all          no local symbols in .symtab\n"
         "  -X, --discard-locals       no local labels (.L...) in .symtab (--discard-none: keep them)\n"
         "  --retain-symbols-file=FILE only the symbols FILE names in .symtab\n"
         "  --build-id[=sha1|sha256|md5|fast|uuid|0xHEX|none]  write .note.gnu.build-id\n"
         "  --eh-frame-hdr             write .eh_frame_hdr and PT_GNU_EH_FRAME\n"
         "  -Ttext=ADDR, -Tdata=ADDR, -Tbss=ADDR, --section-start=SECTION=ADDR  place a section (hex address)\n"
         "  -Ttext-segment=ADDR        the image base (also -Trodata-segment, -Tldata-segment)\n"
         "  -n, -N                     segments not page-aligned (-N: one writable segment); no shared libraries\n"
         "  -z max-page-size=N, -z common-page-size=N, -z [no]separate-code  segment alignment and split\n"
         "  -z stack-size=N            PT_GNU_STACK's size\n"
         "  --[no-]warn-execstack, --[no-]warn-rwx-segments  executable stack / RWX segment warnings\n"
         "  --no-relax                 keep GOTPCRELX loads through the GOT\n"
         "  -z KEYWORD                 now, lazy, relro, norelro, execstack, noexecstack, defs, ...\n"
         "  --threads=N, --no-threads  worker threads (default: number of CPUs; also --thread-count=N)\n"
         "  --time-report              print the time of each pass\n"
         "  -Map=FILE, -M, --print-map write a link map to FILE, or to standard output\n"
         "  -t, --trace                print each file as it is loaded\n"
         "  --reproduce=FILE.tar       archive the inputs and the command line, to re-run the link\n"
         "  -y SYM, --trace-symbol=SYM print where SYM is defined and referenced\n"
         "  --fatal-warnings           treat warnings as errors\n"
         "  --error-limit=N            stop listing errors after N (0: no limit)\n"
         "  -m elf_x86_64              emulation (the only one)\n"
         "  --version, -v              print version\n"
         "  --help                     print this help\n"
         "  @FILE                      read options from FILE\n"
         "Accepted and ignored: -plugin, -plugin-opt, -O, --sort-common, -nostdlib.\n"
         "Not supported yet: -r, linker scripts (-T FILE).\n");
}

/* --------------------------------------------------- response files */

static void expand_rsp(Ctx *ctx, const char *path, Vec *out, int depth);

static void push_arg(Ctx *ctx, Vec *out, const char *arg, int depth) {
  if (arg[0] == '@' && arg[1]) {
    expand_rsp(ctx, arg + 1, out, depth + 1);
    return;
  }
  vec_push(out, (void *)arg);
}

static void expand_rsp(Ctx *ctx, const char *path, Vec *out, int depth) {
  if (depth > 20) fatal(ctx, "%s: response files nested too deeply", path);
  MappedFile *mf = map_file(ctx, path);
  if (!mf) {
    /* GNU ld treats an unreadable @file as a file name */
    vec_push(out, (void *)arena_printf(ctx_arena(ctx), "@%s", path));
    return;
  }
  const char *p = (const char *)mf->data, *end = p + mf->size;
  char *buf = arena_alloc(ctx_arena(ctx), mf->size + 1);
  while (p < end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    if (p >= end) break;
    char *w = buf;
    char quote = 0;
    while (p < end) {
      char c = *p;
      if (quote) {
        if (c == quote) { quote = 0; p++; continue; }
        if (c == '\\' && p + 1 < end) { *w++ = p[1]; p += 2; continue; }
        *w++ = c; p++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') break;
      if (c == '\'' || c == '"') { quote = c; p++; continue; }
      if (c == '\\' && p + 1 < end) { *w++ = p[1]; p += 2; continue; }
      *w++ = c; p++;
    }
    *w = 0;
    size_t n = (size_t)(w - buf);
    push_arg(ctx, out, arena_strndup(ctx_arena(ctx), buf, n), depth);
    buf = w + 1;
  }
}

/* ----------------------------------------------------------- parsing */

typedef struct {
  Vec *args;
  size_t i;
  const char *val;
} Parser;

static const char *cur(Parser *p) { return p->args->data[p->i]; }

/* Matches a long option NAME (given without dashes) that takes no value:
 * "-NAME" or "--NAME". */
static bool flag(Parser *p, const char *name) {
  const char *a = cur(p);
  if (a[0] != '-') return false;
  a += a[1] == '-' ? 2 : 1;
  return strcmp(a, name) == 0;
}

/* Matches a long option that takes a value: "--NAME=V", "--NAME V",
 * "-NAME=V", "-NAME V". */
static bool opt(Ctx *ctx, Parser *p, const char *name) {
  const char *a = cur(p);
  if (a[0] != '-') return false;
  a += a[1] == '-' ? 2 : 1;
  size_t n = strlen(name);
  if (strncmp(a, name, n) != 0) return false;
  if (a[n] == '=') {
    p->val = a + n + 1;
    return true;
  }
  if (a[n] != 0) return false;
  if (p->i + 1 >= p->args->len) fatal(ctx, "missing argument to option '%s'", cur(p));
  p->val = p->args->data[++p->i];
  return true;
}

/* Matches a one-letter option with its value attached or next. */
static bool shortopt(Ctx *ctx, Parser *p, char c) {
  const char *a = cur(p);
  if (a[0] != '-' || a[1] != c) return false;
  if (a[2]) {
    p->val = a + 2;
    return true;
  }
  if (p->i + 1 >= p->args->len) fatal(ctx, "missing argument to option '%s'", a);
  p->val = p->args->data[++p->i];
  return true;
}

/* "-h NAME" / "-hNAME" (-soname's short form), but not "-help" or "-hash-style" */
static bool shortopt_exact(Ctx *ctx, Parser *p, char c) {
  const char *a = cur(p);
  if (a[0] != '-' || a[1] != c) return false;
  if (a[2]) return false; /* an attached value would be ambiguous with long options */
  return shortopt(ctx, p, c);
}

/* --exclude-libs=a.a,b.a (or ':'-separated; ALL for every archive) */
static void add_exclude_libs(Ctx *ctx, const char *v) {
  const char *p = v;
  while (*p) {
    size_t n = strcspn(p, ",:");
    if (n) vec_push(&ctx->opt.exclude_libs, arena_strndup(ctx_arena(ctx), p, n));
    p += n + (p[n] != 0);
  }
}

static void add_input(Ctx *ctx, InputKind k, const char *arg) {
  InputItem *it = NEW(ctx, InputItem);
  it->kind = k;
  it->arg = arg;
  vec_push(&ctx->opt.inputs, it);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void parse_build_id(Ctx *ctx, const char *v) {
  Options *o = &ctx->opt;
  if (!v) o->build_id = BUILD_ID_DEFAULT;
  else if (!strcmp(v, "sha1") || !strcmp(v, "tree")) o->build_id = BUILD_ID_SHA1;
  else if (!strcmp(v, "md5")) o->build_id = BUILD_ID_MD5;
  else if (!strcmp(v, "sha256")) o->build_id = BUILD_ID_SHA256;
  else if (!strcmp(v, "fast")) o->build_id = BUILD_ID_FAST;
  else if (!strcmp(v, "uuid")) o->build_id = BUILD_ID_UUID;
  else if (!strcmp(v, "none")) o->build_id = BUILD_ID_NONE;
  else if (v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) {
    const char *h = v + 2;
    size_t n = strlen(h);
    if (n == 0 || n % 2 || n / 2 > sizeof(o->build_id_hex))
      fatal(ctx, "--build-id=%s: expected an even number of hex digits (at most %zu bytes)", v,
            sizeof(o->build_id_hex));
    for (size_t i = 0; i < n; i += 2) {
      int hi = hexval(h[i]), lo = hexval(h[i + 1]);
      if (hi < 0 || lo < 0) fatal(ctx, "--build-id=%s: '%c%c' is not hex", v, h[i], h[i + 1]);
      o->build_id_hex[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    o->build_id_hex_len = n / 2;
    o->build_id = BUILD_ID_HEX;
  } else {
    fatal(ctx, "unknown --build-id style '%s' (expected sha1, sha256, md5, fast, uuid, 0xHEX or none)", v);
  }
}

/* --retain-symbols-file=FILE: the names in FILE, separated by white space
 * (GNU ld reads words, not lines). */
bool nameset_has(const NameSet *s, const char *name) {
  uint64_t h = hash_str(name);
  for (size_t i = h & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
    if (!s->names[i]) return false;
    if (s->hashes[i] == h && !strcmp(s->names[i], name)) return true;
  }
}

static void nameset_add(NameSet *s, const char *name) {
  uint64_t h = hash_str(name);
  size_t i = h & (s->cap - 1);
  for (; s->names[i]; i = (i + 1) & (s->cap - 1))
    if (s->hashes[i] == h && !strcmp(s->names[i], name)) return;
  s->names[i] = name;
  s->hashes[i] = h;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

static NameSet *read_retain_file(Ctx *ctx, const char *path) {
  MappedFile *mf = map_file(ctx, path);
  if (!mf) fatal(ctx, "--retain-symbols-file=%s: cannot open: %s", path, strerror(errno));
  const char *p = (const char *)mf->data, *end = p + mf->size;
  size_t words = 0;
  for (const char *q = p; q < end; q++) words += !is_space(*q) && (q == p || is_space(q[-1]));
  NameSet *s = NEW(ctx, NameSet);
  s->cap = 16;
  while (s->cap < 2 * words) s->cap *= 2;
  s->names = NEW_ARRAY(ctx, const char *, s->cap);
  s->hashes = NEW_ARRAY(ctx, uint64_t, s->cap);
  while (p < end) {
    while (p < end && is_space(*p)) p++;
    const char *w = p;
    while (p < end && !is_space(*p)) p++;
    if (p > w) nameset_add(s, arena_strndup(ctx_arena(ctx), w, (size_t)(p - w)));
  }
  return s;
}

static bool parse_z_layout(Ctx *ctx, const char *v);

static void parse_z(Ctx *ctx, const char *v) {
  Options *o = &ctx->opt;
  if (parse_z_layout(ctx, v)) return;
  if (!strcmp(v, "now")) o->z_now = true;
  else if (!strcmp(v, "pack-relative-relocs")) o->pack_relative = true;
  else if (!strcmp(v, "nopack-relative-relocs")) o->pack_relative = false;
  else if (!strcmp(v, "lazy")) o->z_now = false;
  else if (!strcmp(v, "relro")) o->z_relro = true;
  else if (!strcmp(v, "norelro")) o->z_relro = false;
  else if (!strcmp(v, "defs")) { o->no_undefined = true; o->ignore_undefined = false; }
  else if (!strcmp(v, "undefs")) { o->no_undefined = false; o->ignore_undefined = true; }
  else if (!strcmp(v, "muldefs")) o->muldefs = true;
  else if (!strcmp(v, "nodelete")) o->z_nodelete = true;
  else if (!strcmp(v, "initfirst")) o->z_initfirst = true;
  else if (!strcmp(v, "text")) o->z_text = true;
  else if (!strcmp(v, "notext") || !strcmp(v, "textoff")) o->z_text = false;
  else if (!strcmp(v, "nodefs")) o->no_undefined = false;
  else if (!strcmp(v, "ibt")) o->z_x86_feature |= GNU_PROPERTY_X86_FEATURE_1_IBT;
  else if (!strcmp(v, "shstk")) o->z_x86_feature |= GNU_PROPERTY_X86_FEATURE_1_SHSTK;
  else if (!strncmp(v, "cet-report=", 11)) {
    const char *r = v + 11;
    if (!strcmp(r, "none")) o->cet_report = 0;
    else if (!strcmp(r, "warning")) o->cet_report = 1;
    else if (!strcmp(r, "error")) o->cet_report = 2;
    else fatal(ctx, "invalid option for -z cet-report=: %s", r);
  } else if (!strncmp(v, "x86-64-", 7)) {
    /* GNU_PROPERTY_X86_ISA_1_NEEDED: bit 0 baseline, bit N-1 vN */
    const char *l = v + 7;
    if (!strcmp(l, "baseline")) o->z_isa_level = 1;
    else if (l[0] == 'v' && l[1] >= '2' && l[1] <= '4' && !l[2]) o->z_isa_level = (uint8_t)(l[1] - '0');
    else fatal(ctx, "invalid x86-64 ISA level: %s", v);
  } else if (!strncmp(v, "isa-level-report=", 17))
    vec_push(&ctx->opt.unknown_z, (void *)v); /* GNU ld 2.40 as Debian builds it: "ignored", a warning */
  else if (!strcmp(v, "origin") || !strcmp(v, "nodlopen") ||
           !strcmp(v, "noexecheap") || !strcmp(v, "combreloc") || !strcmp(v, "nocombreloc") ||
           !strcmp(v, "start-stop-gc") || !strcmp(v, "nostart-stop-gc"))
    ; /* no effect on a static executable's correctness */
  else
    vec_push(&ctx->opt.unknown_z, (void *)v); /* warned after parsing, when --fatal-warnings is known */
}

/* --unresolved-symbols=HOW: GNU ld's two settings, for objects and for
 * shared libraries.  The objects' one is the variable -z defs and -z
 * undefs also set (the last wins); weld does not check the undefined
 * symbols of shared libraries, so the second has no effect. */
static void parse_unresolved(Ctx *ctx, const char *v) {
  Options *o = &ctx->opt;
  bool report;
  if (!strcmp(v, "ignore-all") || !strcmp(v, "ignore-in-object-files")) report = false;
  else if (!strcmp(v, "report-all") || !strcmp(v, "ignore-in-shared-libs")) report = true;
  else
    fatal(ctx, "--unresolved-symbols=%s: expected ignore-all, report-all, ignore-in-object-files or "
               "ignore-in-shared-libs", v);
  o->no_undefined = report;
  o->ignore_undefined = !report;
}

/* ------------------------------------------------- layout options */

/* An address of -Ttext, --section-start and friends: hexadecimal with or
 * without 0x, as GNU ld reads it (bfd_scan_vma base 16); anything else, an
 * empty value or more than 64 bits is an error. */
static uint64_t hex_address(Ctx *ctx, const char *what, const char *v) {
  const char *h = v;
  if (h[0] == '0' && (h[1] == 'x' || h[1] == 'X')) h += 2;
  uint64_t x = 0;
  bool ok = *h != 0;
  for (; ok && *h; h++) {
    int d = hexval(*h);
    if (d < 0 || x >> 60) ok = false;
    else x = x << 4 | (uint64_t)d;
  }
  if (!ok) fatal(ctx, "%s: invalid hex number '%s' (an address is hexadecimal, with or without 0x)", what, v);
  return x;
}

static void add_section_start(Ctx *ctx, const char *name, uint64_t addr) {
  SectionStart *s = NEW(ctx, SectionStart);
  s->name = name;
  s->addr = addr;
  vec_push(&ctx->opt.section_starts, s);
}

/* A number of -z max-page-size / common-page-size / stack-size: GNU ld's
 * strtoul(..., 0) (0x hex, 0 octal, else decimal; empty is 0).  Returns
 * false if it is not a number. */
static bool z_number(const char *v, uint64_t *out) {
  if (*v == '-' || *v == '+' || *v == ' ') return false;
  char *end;
  errno = 0;
  *out = strtoull(v, &end, 0);
  return *end == 0 && errno == 0;
}

/* The -z keywords of the layout; false if `v` is not one. */
static bool parse_z_layout(Ctx *ctx, const char *v) {
  Options *o = &ctx->opt;
  uint64_t n;
  if (!strcmp(v, "execstack")) o->execstack = 1;
  else if (!strcmp(v, "noexecstack")) o->execstack = 2;
  else if (!strcmp(v, "separate-code")) o->separate_code = true;
  else if (!strcmp(v, "noseparate-code")) o->separate_code = false;
  else if (!strncmp(v, "max-page-size=", 14)) {
    if (!z_number(v + 14, &n) || (n & (n - 1)))
      fatal(ctx, "-z %s: invalid maximum page size (expected a power of two, e.g. 0x1000)", v);
    o->max_page = n; /* 0: the default */
    o->max_page_set = n != 0;
  } else if (!strncmp(v, "common-page-size=", 17)) {
    if (!z_number(v + 17, &n) || (n & (n - 1)))
      fatal(ctx, "-z %s: invalid common page size (expected a power of two, e.g. 0x1000)", v);
    o->common_page = n;
    o->common_page_set = n != 0;
  } else if (!strncmp(v, "stack-size=", 11)) {
    if (!z_number(v + 11, &n) || n > INT64_MAX)
      fatal(ctx, "-z %s: invalid stack size (expected a number of bytes, e.g. 0x800000)", v);
    o->stack_size = n ? (int64_t)n : -1; /* -1: given as 0 (GNU ld: no size, but PT_GNU_STACK) */
  } else
    return false;
  return true;
}

/* -Ttext and its kin, -n/-N, the stack and RWX warnings, --no-relax; false
 * if the current argument is none of them. */
static bool layout_option(Ctx *ctx, Parser *p, bool *image_base_set) {
  Options *o = &ctx->opt;
  const char *a = cur(p);
  static const struct {
    const char *opt, *section;
  } t_opts[] = {{"Ttext", ".text"}, {"Tdata", ".data"}, {"Tbss", ".bss"}};
  for (size_t i = 0; i < ARRAY_SIZE(t_opts); i++)
    if (opt(ctx, p, t_opts[i].opt)) {
      const char *what = arena_printf(ctx_arena(ctx), "-%s=%s", t_opts[i].opt, p->val);
      add_section_start(ctx, t_opts[i].section, hex_address(ctx, what, p->val));
      return true;
    }
  if (opt(ctx, p, "section-start")) {
    const char *eq = strchr(p->val, '=');
    if (!eq || eq == p->val || !eq[1]) fatal(ctx, "--section-start=%s: expected SECTION=ADDRESS", p->val);
    const char *what = arena_printf(ctx_arena(ctx), "--section-start=%s", p->val);
    uint64_t addr = hex_address(ctx, what, eq + 1);
    add_section_start(ctx, arena_strndup(ctx_arena(ctx), p->val, (size_t)(eq - p->val)), addr);
    return true;
  }
  if (opt(ctx, p, "Ttext-segment")) {
    o->text_segment = hex_address(ctx, arena_printf(ctx_arena(ctx), "-Ttext-segment=%s", p->val), p->val);
    o->base_option = "-Ttext-segment";
    *image_base_set = true;
    return true;
  }
  if (opt(ctx, p, "Trodata-segment")) {
    o->rodata_segment = hex_address(ctx, arena_printf(ctx_arena(ctx), "-Trodata-segment=%s", p->val), p->val);
    o->rodata_segment_set = true;
    return true;
  }
  if (opt(ctx, p, "Tldata-segment")) {
    o->ldata_segment = hex_address(ctx, arena_printf(ctx_arena(ctx), "-Tldata-segment=%s", p->val), p->val);
    o->ldata_segment_set = true;
    return true;
  }
  /* -n and -N also stop the search for shared libraries from here on (-l
   * finds archives only), but do not make the output static: -pie -N
   * still wants a dynamic linker, as in GNU ld */
  bool nmagic = !strcmp(a, "-n") || flag(p, "nmagic"), omagic = !strcmp(a, "-N") || flag(p, "omagic");
  if (nmagic || omagic) {
    o->not_paged = true;
    if (omagic) o->text_writable = true;
    add_input(ctx, IN_STATIC, NULL);
    return true;
  }
  if (flag(p, "no-omagic")) {
    o->not_paged = o->text_writable = false;
    return true;
  }
  if (flag(p, "warn-execstack")) o->warn_execstack = 1;
  else if (flag(p, "no-warn-execstack")) o->warn_execstack = 0;
  else if (flag(p, "warn-rwx-segments")) o->no_warn_rwx = false;
  else if (flag(p, "no-warn-rwx-segments")) o->no_warn_rwx = true;
  else if (flag(p, "relax")) o->no_relax = false;
  else if (flag(p, "no-relax")) o->no_relax = true;
  else return false;
  return true;
}

/* The page sizes as GNU ld reconciles them (ldelf_after_parse), and the
 * image base from -Ttext-segment / --image-base. */
static void finish_layout_options(Ctx *ctx, bool image_base_set) {
  Options *o = &ctx->opt;
  if (!o->max_page_set) o->max_page = PAGE_SIZE_X86;
  if (!o->common_page_set) o->common_page = PAGE_SIZE_X86;
  if (o->common_page > o->max_page) {
    if (!o->common_page_set) o->common_page = o->max_page;
    else if (!o->max_page_set) o->max_page = o->common_page;
    else
      fatal(ctx, "common page size (0x%llx) is larger than the maximum page size (0x%llx)",
            (unsigned long long)o->common_page, (unsigned long long)o->max_page);
  }
  /* the PT_LOAD alignment follows -z max-page-size only (GNU ld: a larger
   * common page size moves the segments but does not change p_align) */
  o->load_align = o->max_page_set ? o->max_page : PAGE_SIZE_X86;
  if (!image_base_set) {
    /* a PIE or a shared object starts at 0, except with -n/-N (GNU ld's
     * scripts for those start at 0x400000 whatever the output) */
    o->text_segment = o->pic && !o->not_paged ? 0 : IMAGE_BASE_DEFAULT;
  }
  o->image_base = o->text_segment & ~(o->max_page - 1);
  /* GNU ld writes a PIE with a -Ttext-segment base as ET_EXEC, to be loaded
   * there; weld's --image-base (lld's option) keeps ET_DYN, as lld does */
  o->fixed_pie = o->kind == OUT_PIE && o->image_base && !(o->base_option && !strcmp(o->base_option, "--image-base"));
  if (o->image_base != o->text_segment)
    warn(ctx, "%s=0x%llx is not a multiple of the maximum page size (0x%llx): the ELF header is mapped at 0x%llx",
         o->base_option, (unsigned long long)o->text_segment, (unsigned long long)o->max_page,
         (unsigned long long)o->image_base);
}

/* The output kind, from the command line alone.  Whether the output is
 * dynamic (has .dynamic) also depends on the inputs: see decide_dynamic. */
static void decide_output_kind(Ctx *ctx, bool image_base_set) {
  Options *o = &ctx->opt;
  if (o->shared_flag) o->kind = OUT_SHARED;
  else o->kind = o->pie_flag ? OUT_PIE : OUT_EXEC;
  o->pic = o->kind != OUT_EXEC;
  finish_layout_options(ctx, image_base_set);
  if (!o->dynamic_linker) o->dynamic_linker = o->kind == OUT_PIE && o->static_link ? "" : "/lib64/ld-linux-x86-64.so.2";
  /* a shared object has no entry point unless -e names one */
  if (!o->entry && o->kind != OUT_SHARED) o->entry = "_start";
}

/* A dynamic output has .dynamic (and, for an executable, .interp): a
 * shared object, a PIE (a static PIE too), or a link that took a shared
 * object.  -static wins over -dynamic-linker (musl-gcc passes both). */
void decide_dynamic(Ctx *ctx) {
  Options *o = &ctx->opt;
  o->dynamic = o->kind == OUT_SHARED || o->kind == OUT_PIE || (!o->static_link && ctx->dsos.len > 0);
  /* gcc -static-pie passes -static -pie --no-dynamic-linker: a PIE without
   * shared objects relocates itself (glibc's rcrt1.o), without PT_INTERP.
   * (rustc adds -Bdynamic at the end, so -static alone cannot tell.) */
  o->static_pie = o->kind == OUT_PIE && !ctx->dsos.len && (o->saw_static || !o->dynamic_linker[0]);
  if (o->static_pie) o->static_link = true;
}

static bool is_number(const char *s) {
  if (!*s) return false;
  char *end;
  errno = 0;
  (void)strtoull(s, &end, 0);
  return *end == 0 && errno == 0;
}

bool parse_options(Ctx *ctx, int argc, char **argv) {
  Options *o = &ctx->opt;
  o->output = "a.out";
  o->build_id = BUILD_ID_NONE;
  o->error_limit = 20;
  o->image_base = IMAGE_BASE_DEFAULT;
  o->color = 2;
  o->z_relro = true;      /* GNU ld's defaults on this machine */
  o->separate_code = true;
  o->warn_execstack = 2;
  o->new_dtags = true;
  o->hash_style = HASH_GNU;
  bool image_base_set = false;
  /* -s, -S and --retain-symbols-file set one mode in GNU ld: the last wins */
  enum { STRIP_NONE, STRIP_DEBUG, STRIP_ALL, STRIP_SOME } strip = STRIP_NONE;
  bool retain_overrides = false;

  Vec args = {0};
  for (int i = 1; i < argc; i++) push_arg(ctx, &args, argv[i], 0);
  o->nrsp_mapped = ctx->mapped.len; /* nothing is mapped yet but the @files */

  Parser p = {.args = &args};
  for (p.i = 0; p.i < args.len; p.i++) {
    const char *a = cur(&p);
    if (a[0] != '-' || a[1] == 0) {
      add_input(ctx, IN_FILE, a);
      continue;
    }
    /* long options first: "-static" must not read as "-s tatic" */
    if (flag(&p, "help")) { usage(); return false; }
    if (flag(&p, "version") || flag(&p, "v") || flag(&p, "V")) {
      printf("weld " WELD_VERSION " (compatible with GNU ld)\n");
      if (flag(&p, "V")) printf("  Supported emulations:\n   elf_x86_64\n");
      /* GNU ld links anyway when -v comes with inputs; weld just reports */
      if (args.len == 1 || flag(&p, "version")) return false;
      continue;
    }
    if (opt(ctx, &p, "output")) { o->output = p.val; continue; }
    if (opt(ctx, &p, "entry")) { o->entry = p.val; continue; }
    if (opt(ctx, &p, "library-path")) { vec_push(&o->lib_paths, (void *)p.val); continue; }
    if (opt(ctx, &p, "library")) { add_input(ctx, IN_LIB, p.val); continue; }
    if (opt(ctx, &p, "undefined")) { vec_push(&o->undefined, (void *)p.val); continue; }
    if (opt(ctx, &p, "trace-symbol")) { vec_push(&o->trace_syms, (void *)p.val); continue; }
    if (flag(&p, "static") || flag(&p, "Bstatic") || flag(&p, "dn") || flag(&p, "non_shared")) {
      o->static_link = o->saw_static = true;
      add_input(ctx, IN_STATIC, NULL);
      continue;
    }
    if (flag(&p, "Bdynamic") || flag(&p, "dy") || flag(&p, "call_shared")) {
      o->static_link = false;
      add_input(ctx, IN_DYNAMIC, NULL);
      continue;
    }
    if (flag(&p, "as-needed")) { add_input(ctx, IN_AS_NEEDED, NULL); continue; }
    if (flag(&p, "no-as-needed")) { add_input(ctx, IN_NO_AS_NEEDED, NULL); continue; }
    if (flag(&p, "push-state")) { add_input(ctx, IN_PUSH_STATE, NULL); continue; }
    if (flag(&p, "pop-state")) { add_input(ctx, IN_POP_STATE, NULL); continue; }
    if (opt(ctx, &p, "dynamic-linker")) { o->dynamic_linker = p.val; continue; }
    if (flag(&p, "no-dynamic-linker")) { o->dynamic_linker = ""; continue; }
    if (opt(ctx, &p, "rpath-link")) { vec_push(&o->rpath_links, (void *)p.val); continue; }
    if (opt(ctx, &p, "rpath")) { vec_push(&o->rpaths, (void *)p.val); continue; }
    if (flag(&p, "enable-new-dtags")) { o->new_dtags = true; continue; }
    if (flag(&p, "disable-new-dtags")) { o->new_dtags = false; continue; }
    if (flag(&p, "export-dynamic") || !strcmp(a, "-E")) { o->export_dynamic = true; continue; }
    if (flag(&p, "no-export-dynamic")) { o->export_dynamic = false; continue; }
    if (opt(ctx, &p, "export-dynamic-symbol")) { vec_push(&o->dynamic_list, (void *)p.val); continue; }
    if (opt(ctx, &p, "dynamic-list")) { read_script(ctx, &o->dynamic_list_file, "--dynamic-list", p.val); continue; }
    if (opt(ctx, &p, "version-script")) { read_script(ctx, &o->version_script, "--version-script", p.val); continue; }
    if (opt(ctx, &p, "max-symbol-version")) {
      const char *c = strchr(p.val, ':');
      if (!c || c == p.val || !c[1])
        fatal(ctx, "--max-symbol-version=%s: expected SONAME:VERSION (e.g. libc.so.6:GLIBC_2.28)", p.val);
      vec_push(&o->max_versions, (void *)p.val);
      continue;
    }
    if (flag(&p, "no-undefined")) { o->no_undefined = true; o->ignore_undefined = false; continue; }
    if (opt(ctx, &p, "unresolved-symbols")) { parse_unresolved(ctx, p.val); continue; }
    if (flag(&p, "warn-unresolved-symbols")) { o->warn_unresolved = true; continue; }
    if (flag(&p, "error-unresolved-symbols")) { o->warn_unresolved = false; continue; }
    if (opt(ctx, &p, "ignore-unresolved-symbol")) { vec_push(&o->ignore_unresolved, (void *)p.val); continue; }
    if (flag(&p, "allow-multiple-definition")) { o->muldefs = true; continue; }
    if (flag(&p, "start-lib")) { add_input(ctx, IN_LIB_START, NULL); continue; }
    if (flag(&p, "end-lib")) { add_input(ctx, IN_LIB_END, NULL); continue; }
    if (flag(&p, "allow-shlib-undefined")) { o->allow_shlib_undefined = true; continue; }
    if (flag(&p, "no-allow-shlib-undefined")) { o->allow_shlib_undefined = false; continue; }
    if (opt(ctx, &p, "hash-style")) {
      if (!strcmp(p.val, "gnu")) o->hash_style = HASH_GNU;
      else if (!strcmp(p.val, "sysv")) o->hash_style = HASH_SYSV;
      else if (!strcmp(p.val, "both")) o->hash_style = HASH_BOTH;
      else fatal(ctx, "--hash-style=%s: expected gnu, sysv or both", p.val);
      continue;
    }
    if (flag(&p, "start-group") || !strcmp(a, "-(")) { add_input(ctx, IN_GROUP_START, NULL); continue; }
    if (flag(&p, "end-group") || !strcmp(a, "-)")) { add_input(ctx, IN_GROUP_END, NULL); continue; }
    if (flag(&p, "whole-archive")) { add_input(ctx, IN_WHOLE_ON, NULL); continue; }
    if (flag(&p, "no-whole-archive")) { add_input(ctx, IN_WHOLE_OFF, NULL); continue; }
    if (opt(ctx, &p, "defsym")) {
      const char *eq = strchr(p.val, '=');
      if (!eq || eq == p.val || !eq[1]) fatal(ctx, "--defsym=%s: expected SYMBOL=EXPRESSION", p.val);
      Defsym *d = NEW(ctx, Defsym);
      d->name = arena_strndup(ctx_arena(ctx), p.val, (size_t)(eq - p.val));
      d->expr = eq + 1;
      vec_push(&o->defsyms, d);
      continue;
    }
    if (opt(ctx, &p, "wrap")) { vec_push(&o->wraps, (void *)p.val); continue; }
    if (flag(&p, "gc-sections")) { o->gc_sections = true; continue; }
    if (flag(&p, "no-gc-sections")) { o->gc_sections = false; continue; }
    if (flag(&p, "print-gc-sections")) { o->print_gc_sections = true; continue; }
    if (flag(&p, "no-print-gc-sections")) { o->print_gc_sections = false; continue; }
    if (flag(&p, "strip-all") || !strcmp(a, "-s")) { strip = STRIP_ALL; continue; }
    if (flag(&p, "strip-debug") || !strcmp(a, "-S")) { strip = STRIP_DEBUG; continue; }
    if (opt(ctx, &p, "retain-symbols-file")) {
      if (o->retain_syms) fatal(ctx, "--retain-symbols-file given twice (GNU ld takes one file)");
      o->retain_syms = read_retain_file(ctx, p.val);
      retain_overrides = strip != STRIP_NONE;
      strip = STRIP_SOME;
      continue;
    }
    if (flag(&p, "discard-all") || !strcmp(a, "-x")) { o->discard = DISCARD_ALL; continue; }
    if (flag(&p, "discard-locals") || !strcmp(a, "-X")) { o->discard = DISCARD_LOCALS; continue; }
    if (flag(&p, "discard-none")) { o->discard = DISCARD_NONE; continue; }
    if (flag(&p, "build-id")) { parse_build_id(ctx, NULL); continue; }
    if (!strncmp(a, "--build-id=", 11) || !strncmp(a, "-build-id=", 10)) {
      parse_build_id(ctx, strchr(a, '=') + 1);
      continue;
    }
    if (flag(&p, "shuffle-sections") || !strncmp(a, "--shuffle-sections=", 19) ||
        !strncmp(a, "-shuffle-sections=", 18)) {
      /* as in mold: the last of --shuffle-sections and --reverse-sections wins */
      const char *v = strchr(a, '=');
      char *end = NULL;
      errno = 0;
      o->shuffle_seed = v ? strtoull(v + 1, &end, 0) : 0;
      if (v && (!v[1] || *end || errno || v[1] == '-'))
        fatal(ctx, "--shuffle-sections=%s: expected a seed (an unsigned 64-bit number)", v + 1);
      o->shuffle_sections = true;
      o->reverse_sections = false;
      continue;
    }
    if (flag(&p, "reverse-sections")) { o->reverse_sections = true; o->shuffle_sections = false; continue; }
    if (flag(&p, "eh-frame-hdr")) { o->eh_frame_hdr = true; continue; }
    if (flag(&p, "no-eh-frame-hdr")) { o->eh_frame_hdr = false; continue; }
    if (flag(&p, "trace") || !strcmp(a, "-t")) { o->trace = true; continue; }
    if (flag(&p, "fatal-warnings")) { o->fatal_warnings = true; continue; }
    if (flag(&p, "no-fatal-warnings")) { o->fatal_warnings = false; continue; }
    if (flag(&p, "warn-common")) { o->warn_common = true; continue; }
    if (flag(&p, "time-report") || flag(&p, "stats")) { o->time_report = true; continue; }
    if (flag(&p, "no-demangle")) { o->no_demangle = true; continue; }
    if (flag(&p, "demangle")) { o->no_demangle = false; continue; }
    if (flag(&p, "verbose")) { o->verbose = true; continue; }
    if (flag(&p, "no-threads")) { o->threads = 1; continue; }
    if (opt(ctx, &p, "threads") || opt(ctx, &p, "thread-count")) { /* --thread-count: gold's spelling */
      char *end;
      long n = strtol(p.val, &end, 10);
      if (*end || n < 1 || n > 256)
        fatal(ctx, "--%s=%s: expected a number from 1 to 256", strstr(a, "thread-count") ? "thread-count" : "threads",
              p.val);
      o->threads = (int)n;
      continue;
    }
    if (flag(&p, "threads")) { o->threads = 0; continue; }
    if (opt(ctx, &p, "error-limit")) {
      char *end;
      long n = strtol(p.val, &end, 10);
      if (*end || n < 0) fatal(ctx, "--error-limit=%s: expected a non-negative number", p.val);
      o->error_limit = (int)n;
      continue;
    }
    if (opt(ctx, &p, "sysroot")) { o->sysroot = p.val; continue; }
    if (opt(ctx, &p, "Map")) { o->map_file = p.val; continue; }
    if (!strncmp(a, "-Map=", 5)) { o->map_file = a + 5; continue; }
    if (opt(ctx, &p, "why-extract")) { o->why_extract = p.val; continue; }
    if (opt(ctx, &p, "dependency-file")) { o->dependency_file = p.val; continue; }
    if (opt(ctx, &p, "report")) { o->report_file = p.val; continue; }
    if (opt(ctx, &p, "print-deps")) { o->print_deps = p.val; continue; }
    if (opt(ctx, &p, "reproduce")) { o->reproduce = p.val; continue; }
    if (flag(&p, "embed-deps")) { o->embed_deps = true; continue; }
    if (flag(&p, "color-diagnostics")) { o->color = 1; continue; }
    if (flag(&p, "no-color-diagnostics")) { o->color = 0; continue; }
    if (opt(ctx, &p, "color-diagnostics")) {
      if (!strcmp(p.val, "always")) o->color = 1;
      else if (!strcmp(p.val, "never")) o->color = 0;
      else if (!strcmp(p.val, "auto")) o->color = 2;
      else fatal(ctx, "--color-diagnostics=%s: expected auto, always or never", p.val);
      continue;
    }
    if (opt(ctx, &p, "image-base")) {
      char *end;
      o->text_segment = strtoull(p.val, &end, 0);
      if (*end || o->text_segment % PAGE_SIZE_X86)
        fatal(ctx, "--image-base=%s: expected a page-aligned address", p.val);
      o->base_option = "--image-base";
      image_base_set = true;
      continue;
    }
    /* what weld does not do (yet): say so instead of producing a broken binary */
    if (flag(&p, "shared") || flag(&p, "Bshareable")) { o->shared_flag = true; continue; }
    if (flag(&p, "pie") || flag(&p, "pic-executable")) { o->pie_flag = true; continue; }
    if (flag(&p, "no-pie")) { o->pie_flag = false; continue; }
    if (flag(&p, "static-pie")) { /* lld's and mold's spelling of -static -pie --no-dynamic-linker */
      o->pie_flag = o->static_link = o->saw_static = true;
      o->dynamic_linker = "";
      add_input(ctx, IN_STATIC, NULL);
      continue;
    }
    if (opt(ctx, &p, "soname") || shortopt_exact(ctx, &p, 'h')) { o->soname = p.val; continue; }
    if (flag(&p, "Bsymbolic")) { o->bsymbolic = BSYM_ALL; continue; }
    if (flag(&p, "Bsymbolic-functions")) { o->bsymbolic = BSYM_FUNCTIONS; continue; }
    if (flag(&p, "Bno-symbolic")) { o->bsymbolic = BSYM_NONE; continue; }
    if (opt(ctx, &p, "init")) { o->init = p.val; continue; }
    if (opt(ctx, &p, "fini")) { o->fini = p.val; continue; }
    if (opt(ctx, &p, "exclude-libs")) { add_exclude_libs(ctx, p.val); continue; }
    if (flag(&p, "relocatable") || !strcmp(a, "-r") || !strcmp(a, "-i"))
      fatal(ctx, "-r (relocatable output) is not supported: weld links executables only");
    if (layout_option(ctx, &p, &image_base_set)) continue;
    if (opt(ctx, &p, "script") || a[1] == 'T')
      fatal(ctx, "linker scripts (%s) are not supported: weld uses GNU ld's default layout", a);
    /* accepted, no effect on the executables weld writes */
    if (opt(ctx, &p, "plugin") || opt(ctx, &p, "plugin-opt") ||
        opt(ctx, &p, "package-metadata") || opt(ctx, &p, "compress-debug-sections") ||
        opt(ctx, &p, "icf") || opt(ctx, &p, "build-id-style"))
      continue;
    if (flag(&p, "sort-common") ||
        flag(&p, "nostdlib") || flag(&p, "warn-once") || flag(&p, "no-warn-mismatch") ||
        flag(&p, "no-copy-dt-needed-entries") || flag(&p, "copy-dt-needed-entries") ||
        flag(&p, "no-keep-memory") ||
        flag(&p, "reduce-memory-overheads") ||
        flag(&p, "build-id=none") || flag(&p, "sort-section=name") || flag(&p, "fix-cortex-a53-843419") ||
        flag(&p, "EL") || flag(&p, "Qy") ||
        flag(&p, "no-undefined-version") || flag(&p, "undefined-version") || flag(&p, "no-map-whole-files"))
      continue;
    if (!strncmp(a, "-O", 2) && (a[2] == 0 || is_number(a + 2))) {
      if (a[2] == 0) p.i++;
      continue;
    }
    if (shortopt(ctx, &p, 'o')) { o->output = p.val; continue; }
    if (shortopt(ctx, &p, 'e')) { o->entry = p.val; continue; }
    if (shortopt(ctx, &p, 'L')) { vec_push(&o->lib_paths, (void *)p.val); continue; }
    if (shortopt(ctx, &p, 'l')) { add_input(ctx, IN_LIB, p.val); continue; }
    if (shortopt(ctx, &p, 'u')) { vec_push(&o->undefined, (void *)p.val); continue; }
    if (shortopt(ctx, &p, 'y')) { vec_push(&o->trace_syms, (void *)p.val); continue; }
    if (shortopt(ctx, &p, 'z')) { parse_z(ctx, p.val); continue; }
    if (shortopt(ctx, &p, 'I')) { o->dynamic_linker = p.val; continue; }
    if (shortopt(ctx, &p, 'R')) { vec_push(&o->rpaths, (void *)p.val); continue; }
    if (shortopt(ctx, &p, 'm')) {
      if (strcmp(p.val, "elf_x86_64"))
        fatal(ctx, "unsupported emulation '%s': weld links x86-64 ELF (elf_x86_64) only", p.val);
      continue;
    }
    /* the map on standard output, like -Map=- (the last of -M and -Map wins) */
    if (!strcmp(a, "-M") || flag(&p, "print-map")) { o->map_file = "-"; continue; }
    fatal(ctx, "unknown option: %s (see weld --help)", a);
  }

  for (size_t i = 0; i < o->unknown_z.len; i++) warn(ctx, "-z %s ignored", (const char *)o->unknown_z.data[i]);
  if (retain_overrides) warn(ctx, "--retain-symbols-file overrides -s and -S");
  o->strip_all = strip == STRIP_ALL;
  o->strip_debug = strip == STRIP_DEBUG;
  if (strip != STRIP_SOME) o->retain_syms = NULL; /* a later -s or -S wins over the file */
  finish_scripts(ctx);
  if (o->print_deps) return true;
  decide_output_kind(ctx, image_base_set);
  if (o->reproduce) o->args = args; /* response.txt is made from it */
  else vec_free(&args);
  return true;
}
