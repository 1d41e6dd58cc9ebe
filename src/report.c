/*
 * report.c - what went into the binary: -Map, --why-extract,
 * --dependency-file, --report (JSON, HTML) and --embed-deps/--print-deps.
 *
 * Everything here runs after the link has decided what it contains: the
 * reports after write_output(), the deps note before layout.  Each report
 * is written to FILE.tmp through a buffered stdio stream and renamed into
 * place once complete, so a failed write never leaves a half-written file.
 * Output is deterministic: files in priority order, output sections in
 * output order, archives in command-line order.  All passes are linear in
 * the size of the link except for sorting each file's global symbols.
 *
 * docs/report.md describes the formats.
 */
#include "weld.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define ULL(x) ((unsigned long long)(x))
#define DEPS_NOTE_TYPE 0x77646570u /* "wdep" */
#define DEPS_NOTE_NAME "weld"

/* ------------------------------------------------------------ helpers */

/* Pointer -> index, open addressing; keys are never removed. */
typedef struct {
  const void **keys;
  size_t *vals;
  size_t cap;
} PtrMap;

static void pm_init(PtrMap *m, size_t n) {
  m->cap = 16;
  while (m->cap < 2 * n + 2) m->cap *= 2;
  m->keys = calloc(m->cap, sizeof(void *));
  m->vals = calloc(m->cap, sizeof(size_t));
}

static size_t pm_slot(const PtrMap *m, const void *k) {
  uint64_t h = (uint64_t)(uintptr_t)k * 0x9e3779b97f4a7c15ULL;
  size_t j = (size_t)(h >> 20) & (m->cap - 1);
  while (m->keys[j] && m->keys[j] != k) j = (j + 1) & (m->cap - 1);
  return j;
}

static void pm_put(PtrMap *m, const void *k, size_t v) {
  size_t j = pm_slot(m, k);
  m->keys[j] = k;
  m->vals[j] = v;
}

static bool pm_get(const PtrMap *m, const void *k, size_t *v) {
  if (!k || !m->cap) return false;
  size_t j = pm_slot(m, k);
  if (!m->keys[j]) return false;
  *v = m->vals[j];
  return true;
}

static void pm_free(PtrMap *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof(*m));
}

static void hex(char *out, const uint8_t *p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 15];
  }
  out[2 * n] = 0;
}

/* A report being written: FILE.tmp, renamed over FILE by out_close(), or
 * standard output (out_open_map). */
typedef struct {
  FILE *fp;
  const char *path;
  char *tmp;
  char *buf;
} Out;

static bool out_open(Ctx *ctx, Out *o, const char *path) {
  memset(o, 0, sizeof(*o));
  o->path = path;
  /* a device or a pipe (-Map=/dev/stderr, /dev/full) is written in place:
   * renaming a file over it would replace the device */
  struct stat st;
  bool in_place = stat(path, &st) == 0 && !S_ISREG(st.st_mode);
  o->tmp = in_place ? NULL : arena_printf(ctx_arena(ctx), "%s.tmp", path);
  o->fp = fopen(in_place ? path : o->tmp, "w");
  if (!o->fp) {
    error(ctx, "cannot write %s: %s", path, strerror(errno));
    return false;
  }
  o->buf = malloc(1 << 20);
  if (o->buf) setvbuf(o->fp, o->buf, _IOFBF, 1 << 20);
  return true;
}

/* The link map's file: "-" (-M, --print-map, -Map=-) is standard output,
 * as in GNU ld; the other reports take "-" as a file name, as GNU ld's
 * --dependency-file does. */
static bool out_open_map(Ctx *ctx, Out *o, const char *path) {
  if (strcmp(path, "-")) return out_open(ctx, o, path);
  memset(o, 0, sizeof(*o));
  o->path = path;
  fflush(stdout);
  o->fp = stdout;
  return true;
}

/* Flushes, closes and renames; on any failure removes FILE.tmp and reports.
 * Standard output is only flushed. */
static void out_close(Ctx *ctx, Out *o) {
  if (!o->fp) return;
  int err = 0;
  errno = 0;
  if (o->fp == stdout) {
    if (fflush(stdout) != 0 || ferror(stdout))
      error(ctx, "cannot write the link map to standard output: %s", strerror(errno ? errno : EIO));
    o->fp = NULL;
    return;
  }
  if (fflush(o->fp) != 0 || ferror(o->fp)) err = errno ? errno : EIO;
  if (fclose(o->fp) != 0 && !err) err = errno ? errno : EIO;
  o->fp = NULL;
  free(o->buf);
  o->buf = NULL;
  if (!err && o->tmp && rename(o->tmp, o->path) != 0) err = errno;
  if (err) {
    if (o->tmp) unlink(o->tmp);
    error(ctx, "cannot write %s: %s", o->path, strerror(err));
  }
}

/* JSON string: escapes quotes, backslashes and control characters; '<',
 * '>' and '&' become \u00XX so that the text can sit inside an HTML
 * <script> element; bytes that are not valid UTF-8 are read as Latin-1. */
static size_t utf8_len(const unsigned char *s) {
  unsigned c = s[0];
  size_t n;
  unsigned min;
  if (c >= 0xc2 && c <= 0xdf) n = 2, min = 0x80;
  else if (c >= 0xe0 && c <= 0xef) n = 3, min = 0x800;
  else if (c >= 0xf0 && c <= 0xf4) n = 4, min = 0x10000;
  else return 0;
  unsigned v = c & (0xff >> (n + 1));
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    v = v << 6 | (s[i] & 0x3f);
  }
  if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return 0;
  return n;
}

static void json_str(FILE *fp, const char *s) {
  if (!s) {
    fputs("null", fp);
    return;
  }
  putc('"', fp);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    unsigned c = *p;
    if (c == '"' || c == '\\') {
      putc('\\', fp);
      putc((int)c, fp);
    } else if (c == '\n') {
      fputs("\\n", fp);
    } else if (c == '\t') {
      fputs("\\t", fp);
    } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x7f) {
      fprintf(fp, "\\u%04x", c);
    } else if (c < 0x80) {
      putc((int)c, fp);
    } else {
      size_t n = utf8_len(p);
      if (n) {
        fwrite(p, 1, n, fp);
        p += n - 1;
      } else {
        fprintf(fp, "\\u%04x", c);
      }
    }
  }
  putc('"', fp);
}

static void html_text(FILE *fp, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", fp); break;
    case '<': fputs("&lt;", fp); break;
    case '>': fputs("&gt;", fp); break;
    case '"': fputs("&quot;", fp); break;
    default: putc(*s, fp);
    }
  }
}

/* Make: '$' doubles, '#' and spaces take a backslash. */
static void make_word(FILE *fp, const char *s) {
  for (; *s; s++) {
    if (*s == '$') fputs("$$", fp);
    else if (*s == ' ' || *s == '\t' || *s == '#') {
      putc('\\', fp);
      putc(*s, fp);
    } else putc(*s, fp);
  }
}

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && !strcmp(s + n - m, suf);
}

/* The output section an input section's bytes went to (merged strings:
 * the merged section's), or NULL if it is not in the output. */
static OutputSection *isec_osec(InputSection *is) {
  if (!is || !atomic_load(&is->alive)) return NULL;
  if (is->merged && is->file) return is->merged->isec ? is->merged->isec->osec : NULL;
  return is->osec;
}

/* How an extraction reference with no file came about. */
static const char *cmdline_ref(Ctx *ctx, const char *sym) {
  Options *o = &ctx->opt;
  if (!sym) return "--whole-archive";
  for (size_t i = 0; i < o->undefined.len; i++)
    if (!strcmp(o->undefined.data[i], sym)) return "-u";
  if (o->entry && !strcmp(o->entry, sym)) return "--entry";
  for (size_t i = 0; i < o->defsyms.len; i++) {
    Defsym *d = o->defsyms.data[i];
    if (d->expr && !strcmp(d->expr, sym)) return "--defsym";
  }
  return "(command line)";
}

static const char *why_ref(Ctx *ctx, InputFile *f) {
  return f->why_file ? file_name(f->why_file) : cmdline_ref(ctx, f->why_sym);
}

/* ------------------------------------------------------- SHA-256 of inputs */

/* Digests of ctx->files, computed once (by --embed-deps before layout, or
 * by --report) and shared. */
static uint8_t (*digests)[32];
static size_t ndigests;

static void hash_file(Ctx *ctx, void *arg, size_t i) {
  uint8_t (*out)[32] = arg;
  InputFile *f = ctx->files.data[i];
  Sha256 s;
  sha256_init(&s);
  sha256_update(&s, f->data, f->size);
  sha256_final(&s, out[i]);
}

static uint8_t (*file_digests(Ctx *ctx))[32] {
  if (digests && ndigests == ctx->files.len) return digests;
  free(digests);
  digests = calloc(ctx->files.len + 1, 32);
  ndigests = ctx->files.len;
  par_for(ctx, ctx->files.len, 1, hash_file, digests);
  return digests;
}

/* ------------------------------------------------------------ the model */

typedef struct {
  const char *path;
  uint64_t members, bytes;
  uint64_t *sec; /* bytes per output section */
} Lib;

typedef struct {
  Ctx *ctx;
  size_t nosec, nfiles;
  PtrMap osec_idx;   /* OutputSection* -> index in ctx->osecs */
  PtrMap file_idx;   /* InputFile* -> index in ctx->files */
  uint64_t *osec_in; /* file bytes per output section */
  uint64_t *osec_linker;
  uint64_t *common;  /* per file: COMMON bytes allocated in .bss */
  size_t common_osec;
  bool has_common;
  Lib *libs;
  size_t nlibs;
  PtrMap ar_lib;     /* Archive* -> index in libs */
  uint64_t obj_bytes, obj_count; /* plain objects */
  uint64_t total_in;
  /* scratch for one file's contributions */
  uint64_t *scratch;
  size_t *touched, ntouched;
} Model;

/* Adds one file's contributions to m->scratch (indices in m->touched). */
static void file_contrib(Model *m, size_t fi) {
  for (size_t i = 0; i < m->ntouched; i++) m->scratch[m->touched[i]] = 0;
  m->ntouched = 0;
  InputFile *f = m->ctx->files.data[fi];
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    OutputSection *o = isec_osec(is);
    size_t oi;
    if (!o || !pm_get(&m->osec_idx, o, &oi)) continue;
    if (!m->scratch[oi] && is->size) m->touched[m->ntouched++] = oi;
    m->scratch[oi] += is->size;
  }
  if (m->has_common && m->common[fi]) {
    size_t oi = m->common_osec;
    if (!m->scratch[oi]) m->touched[m->ntouched++] = oi;
    m->scratch[oi] += m->common[fi];
  }
}

static int size_t_cmp(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

static void model_build(Ctx *ctx, Model *m) {
  memset(m, 0, sizeof(*m));
  m->ctx = ctx;
  m->nosec = ctx->osecs.len;
  m->nfiles = ctx->files.len;
  pm_init(&m->osec_idx, m->nosec);
  for (size_t i = 0; i < m->nosec; i++) pm_put(&m->osec_idx, ctx->osecs.data[i], i);
  pm_init(&m->file_idx, m->nfiles);
  for (size_t i = 0; i < m->nfiles; i++) pm_put(&m->file_idx, ctx->files.data[i], i);
  m->osec_in = calloc(m->nosec + 1, sizeof(uint64_t));
  m->osec_linker = calloc(m->nosec + 1, sizeof(uint64_t));
  m->scratch = calloc(m->nosec + 1, sizeof(uint64_t));
  m->touched = calloc(m->nosec + 1, sizeof(size_t));
  m->common = calloc(m->nfiles + 1, sizeof(uint64_t));

  /* libraries: one per archive path, in command-line order */
  m->libs = calloc(ctx->archives.len + 1, sizeof(Lib));
  pm_init(&m->ar_lib, ctx->archives.len);
  for (size_t i = 0; i < ctx->archives.len; i++) {
    Archive *ar = ctx->archives.data[i];
    size_t li = m->nlibs;
    for (size_t k = 0; k < m->nlibs; k++)
      if (!strcmp(m->libs[k].path, ar->path)) li = k;
    if (li == m->nlibs) {
      m->libs[li].path = ar->path;
      m->libs[li].sec = calloc(m->nosec + 1, sizeof(uint64_t));
      m->nlibs++;
    }
    pm_put(&m->ar_lib, ar, li);
  }

  /* COMMON symbols: their .bss space counts toward the defining file */
  if (ctx->common_sec && pm_get(&m->osec_idx, ctx->common_sec->osec, &m->common_osec)) {
    m->has_common = true;
    for (size_t i = 0; i < ctx->common_syms.len; i++) {
      Symbol *s = ctx->common_syms.data[i];
      size_t fi;
      if (pm_get(&m->file_idx, s->file, &fi)) m->common[fi] += s->size;
    }
  }

  /* linker-made sections (not merged strings or COMMON: those are counted
   * as the files' bytes) */
  for (size_t i = 0; i < m->nosec; i++) {
    OutputSection *o = ctx->osecs.data[i];
    for (size_t k = 0; k < o->members.len; k++) {
      InputSection *is = o->members.data[k];
      if (!is->file && !is->merged && is != ctx->common_sec) m->osec_linker[i] += is->size;
    }
  }

  for (size_t fi = 0; fi < m->nfiles; fi++) {
    InputFile *f = ctx->files.data[fi];
    file_contrib(m, fi);
    uint64_t bytes = 0;
    size_t li;
    bool in_lib = f->archive && pm_get(&m->ar_lib, f->archive, &li);
    for (size_t t = 0; t < m->ntouched; t++) {
      size_t oi = m->touched[t];
      bytes += m->scratch[oi];
      m->osec_in[oi] += m->scratch[oi];
      if (in_lib) m->libs[li].sec[oi] += m->scratch[oi];
    }
    m->total_in += bytes;
    if (in_lib) {
      m->libs[li].members++;
      m->libs[li].bytes += bytes;
    } else {
      m->obj_count++;
      m->obj_bytes += bytes;
    }
  }
}

static void model_free(Model *m) {
  pm_free(&m->osec_idx);
  pm_free(&m->file_idx);
  pm_free(&m->ar_lib);
  for (size_t i = 0; i < m->nlibs; i++) free(m->libs[i].sec);
  free(m->libs);
  free(m->osec_in);
  free(m->osec_linker);
  free(m->scratch);
  free(m->touched);
  free(m->common);
}

/* The build-id as written in the output, in hex; "" if none. */
static void read_build_id(Ctx *ctx, char *out, size_t cap) {
  out[0] = 0;
  InputSection *is = ctx->build_id;
  if (!is || !is->osec || is->size < 16) return;
  int fd = open(ctx->opt.output, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  uint8_t buf[16 + 256];
  size_t n = (size_t)MIN(is->size, (uint64_t)sizeof(buf));
  ssize_t got = pread(fd, buf, n, (off_t)(is->osec->offset + is->offset));
  close(fd);
  if (got < 16) return;
  uint32_t descsz = rd32(buf + 4);
  size_t len = MIN((size_t)descsz, (size_t)got - 16);
  len = MIN(len, (cap - 1) / 2);
  hex(out, buf + 16, len);
}

/* ------------------------------------------------------------------ -Map */

typedef struct {
  uint64_t addr;
  const char *name;
  uint32_t shndx;
} MapSym;

static int mapsym_cmp(const void *a, const void *b) {
  const MapSym *x = a, *y = b;
  if (x->shndx != y->shndx) return x->shndx < y->shndx ? -1 : 1;
  if (x->addr != y->addr) return x->addr < y->addr ? -1 : 1;
  return strcmp(x->name, y->name);
}

typedef struct {
  MapSym *syms;
  size_t n;
} FileSyms;

/* Each file's global definitions, sorted by section and address. */
static void collect_syms(Ctx *ctx, void *arg, size_t fi) {
  FileSyms *fs = &((FileSyms *)arg)[fi];
  InputFile *f = ctx->files.data[fi];
  size_t n = 0;
  for (uint32_t k = f->first_global; k < f->nsyms; k++) {
    Symbol *s = f->syms ? f->syms[k] : NULL;
    if (!s || s->file != f || !s->isec || s->isec->file != f || s->synthetic || !sym_is_defined(s)) continue;
    if (esym_shndx(f, k) != s->isec->shndx || s->esym != k) continue;
    n++;
  }
  fs->n = 0;
  fs->syms = n ? malloc(n * sizeof(MapSym)) : NULL;
  for (uint32_t k = f->first_global; k < f->nsyms && fs->n < n; k++) {
    Symbol *s = f->syms ? f->syms[k] : NULL;
    if (!s || s->file != f || !s->isec || s->isec->file != f || s->synthetic || !sym_is_defined(s)) continue;
    if (esym_shndx(f, k) != s->isec->shndx || s->esym != k) continue;
    fs->syms[fs->n++] = (MapSym){sym_real_addr(ctx, s), s->name, s->isec->shndx};
  }
  if (fs->n > 1) qsort(fs->syms, fs->n, sizeof(MapSym), mapsym_cmp);
}

static void map_syms(FILE *fp, FileSyms *fs, uint32_t shndx) {
  size_t lo = 0, hi = fs->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (fs->syms[mid].shndx < shndx) lo = mid + 1;
    else hi = mid;
  }
  for (size_t i = lo; i < fs->n && fs->syms[i].shndx == shndx; i++)
    fprintf(fp, "                0x%016llx                %s\n", ULL(fs->syms[i].addr), fs->syms[i].name);
}

/* " name  0xADDR  0xSIZE file": names longer than the column wrap, as in
 * GNU ld's maps. */
static void map_isec_line(FILE *fp, const char *name, uint64_t addr, uint64_t size, const char *file, const char *suffix) {
  char sz[24];
  snprintf(sz, sizeof(sz), "0x%llx", ULL(size));
  if (strlen(name) > 14) fprintf(fp, " %s\n                0x%016llx %10s %s%s\n", name, ULL(addr), sz, file, suffix);
  else fprintf(fp, " %-14s 0x%016llx %10s %s%s\n", name, ULL(addr), sz, file, suffix);
}

static void write_map(Ctx *ctx, const char *path) {
  Out out;
  if (!out_open_map(ctx, &out, path)) return;
  FILE *fp = out.fp;

  /* as in GNU ld, the heading only when a member was included */
  bool any_member = false;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    if (!f->member) continue;
    if (!any_member) fprintf(fp, "Archive member included to satisfy reference by file (symbol)\n\n");
    any_member = true;
    const char *name = file_name(f);
    if (strlen(name) >= 30) fprintf(fp, "%s\n%30s", name, "");
    else fprintf(fp, "%-30s", name);
    if (f->why_sym) fprintf(fp, "%s (%s)\n", why_ref(ctx, f), f->why_sym);
    else fprintf(fp, "--whole-archive\n");
  }

  size_t nfiles = ctx->files.len;
  FileSyms *fsyms = calloc(nfiles + 1, sizeof(FileSyms));
  par_for(ctx, nfiles, 16, collect_syms, fsyms);
  PtrMap file_idx;
  pm_init(&file_idx, nfiles);
  for (size_t i = 0; i < nfiles; i++) pm_put(&file_idx, ctx->files.data[i], i);

  /* the input sections merged into each merged-string section */
  PtrMap merged_idx;
  pm_init(&merged_idx, ctx->merged.len);
  for (size_t i = 0; i < ctx->merged.len; i++) pm_put(&merged_idx, ctx->merged.data[i], i);
  Vec *merged_in = calloc(ctx->merged.len + 1, sizeof(Vec));

  bool any_discarded = false;
  for (size_t i = 0; i < nfiles; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->nsections; k++) {
      InputSection *is = f->sections[k];
      if (!is) continue;
      size_t mi;
      if (!atomic_load(&is->alive)) {
        if (!any_discarded) fprintf(fp, "\nDiscarded input sections\n\n");
        any_discarded = true;
        map_isec_line(fp, is->name, 0, is->size, file_name(f), "");
      } else if (is->merged && pm_get(&merged_idx, is->merged, &mi)) {
        vec_push(&merged_in[mi], is);
      }
    }
  }

  fprintf(fp, "\nLinker script and memory map\n\n");
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    bool alloc = o->flags & SHF_ALLOC;
    char sz[24];
    snprintf(sz, sizeof(sz), "0x%llx", ULL(o->size));
    if (strlen(o->name) > 14) fprintf(fp, "\n%s\n                0x%016llx %10s\n", o->name, ULL(alloc ? o->addr : 0), sz);
    else fprintf(fp, "\n%-15s 0x%016llx %10s\n", o->name, ULL(alloc ? o->addr : 0), sz);
    for (size_t k = 0; k < o->members.len; k++) {
      InputSection *is = o->members.data[k];
      uint64_t addr = alloc ? o->addr + is->offset : 0;
      size_t fi, mi;
      if (is->file) {
        map_isec_line(fp, is->name, addr, is->size, file_name(is->file), "");
        if (pm_get(&file_idx, is->file, &fi)) map_syms(fp, &fsyms[fi], is->shndx);
      } else if (is->merged && pm_get(&merged_idx, is->merged, &mi)) {
        map_isec_line(fp, is->name, addr, is->size, "<merged strings>", "");
        for (size_t j = 0; j < merged_in[mi].len; j++) {
          InputSection *in = merged_in[mi].data[j];
          map_isec_line(fp, in->name, addr, in->size, file_name(in->file), " (before merging)");
          if (pm_get(&file_idx, in->file, &fi)) map_syms(fp, &fsyms[fi], in->shndx);
        }
      } else if (is == ctx->common_sec) {
        map_isec_line(fp, is->name, addr, is->size, "<linker>", "");
        for (size_t j = 0; j < ctx->common_syms.len; j++) {
          Symbol *s = ctx->common_syms.data[j];
          fprintf(fp, "                0x%016llx                %s (%s)\n", ULL(sym_real_addr(ctx, s)), s->name,
                  file_name(s->file));
        }
      } else {
        map_isec_line(fp, is->name, addr, is->size, "<linker>", "");
      }
    }
  }

  for (size_t i = 0; i < nfiles; i++) free(fsyms[i].syms);
  free(fsyms);
  for (size_t i = 0; i < ctx->merged.len; i++) vec_free(&merged_in[i]);
  free(merged_in);
  pm_free(&file_idx);
  pm_free(&merged_idx);
  out_close(ctx, &out);
}

/* ------------------------------------------------------ --why-extract */

static void write_why_extract(Ctx *ctx, const char *path) {
  Out out;
  if (!out_open(ctx, &out, path)) return;
  fprintf(out.fp, "reference\textracted\tsymbol\n");
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    if (!f->member || !f->why_sym) continue; /* --whole-archive members: not extracted for a symbol (as lld) */
    fprintf(out.fp, "%s\t%s\t%s\n", why_ref(ctx, f), file_name(f), f->why_sym);
  }
  out_close(ctx, &out);
}

/* --------------------------------------------------- --dependency-file */

static void write_depfile(Ctx *ctx, const char *path) {
  Out out;
  if (!out_open(ctx, &out, path)) return;
  FILE *fp = out.fp;
  /* every file read, once, in the order it was read */
  size_t n = ctx->mapped.len;
  size_t cap = 16;
  while (cap < 2 * n + 2) cap *= 2;
  const char **seen = calloc(cap, sizeof(char *));
  const char **list = calloc(n + 1, sizeof(char *));
  size_t nlist = 0;
  for (size_t i = 0; i < n; i++) {
    const char *p = ((MappedFile *)ctx->mapped.data[i])->path;
    size_t j = hash_str(p) & (cap - 1);
    while (seen[j] && strcmp(seen[j], p)) j = (j + 1) & (cap - 1);
    if (seen[j]) continue;
    seen[j] = p;
    list[nlist++] = p;
  }
  make_word(fp, ctx->opt.output);
  fputc(':', fp);
  for (size_t i = 0; i < nlist; i++) {
    fputs(" \\\n  ", fp);
    make_word(fp, list[i]);
  }
  fputc('\n', fp);
  for (size_t i = 0; i < nlist; i++) {
    fputc('\n', fp);
    make_word(fp, list[i]);
    fputs(":\n", fp);
  }
  free(seen);
  free(list);
  out_close(ctx, &out);
}

/* --------------------------------------------------------- --report */

static void json_sections(FILE *fp, Model *m, const uint64_t *per_osec, const size_t *idx, size_t n) {
  Ctx *ctx = m->ctx;
  fputc('{', fp);
  for (size_t t = 0; t < n; t++) {
    OutputSection *o = ctx->osecs.data[idx[t]];
    if (t) fputs(", ", fp);
    json_str(fp, o->name);
    fprintf(fp, ": %llu", ULL(per_osec[idx[t]]));
  }
  fputc('}', fp);
}

/* The report as JSON, one file or section object per line. */
static void write_json(Ctx *ctx, FILE *fp, Model *m) {
  uint8_t (*sha)[32] = file_digests(ctx);
  char bid[2 * 256 + 1];
  read_build_id(ctx, bid, sizeof(bid));
  size_t *idx = calloc(m->nosec + 1, sizeof(size_t));

  fprintf(fp, "{\n  \"format\": \"weld-report-1\",\n  \"linker\": \"weld %s\",\n  \"output\": {\"path\": ", WELD_VERSION);
  json_str(fp, ctx->opt.output);
  fprintf(fp, ", \"size\": %llu, \"build_id\": ", ULL(ctx->file_size));
  if (bid[0]) json_str(fp, bid);
  else fputs("null", fp);
  fprintf(fp, ", \"input_bytes\": %llu},\n", ULL(m->total_in));

  fputs("  \"sections\": [\n", fp);
  for (size_t i = 0; i < m->nosec; i++) {
    OutputSection *o = ctx->osecs.data[i];
    fputs("    {\"name\": ", fp);
    json_str(fp, o->name);
    fprintf(fp, ", \"address\": \"0x%llx\", \"offset\": \"0x%llx\", \"size\": %llu, \"alloc\": %s, \"input_bytes\": %llu, "
                "\"linker_bytes\": %llu}%s\n",
            ULL(o->flags & SHF_ALLOC ? o->addr : 0), ULL(o->offset), ULL(o->size), o->flags & SHF_ALLOC ? "true" : "false",
            ULL(m->osec_in[i]), ULL(m->osec_linker[i]), i + 1 < m->nosec ? "," : "");
  }
  fputs("  ],\n", fp);

  fputs("  \"files\": [\n", fp);
  for (size_t fi = 0; fi < m->nfiles; fi++) {
    InputFile *f = ctx->files.data[fi];
    char h[65];
    hex(h, sha[fi], 32);
    fputs("    {\"path\": ", fp);
    json_str(fp, f->path);
    fputs(", \"member\": ", fp);
    json_str(fp, f->member);
    fprintf(fp, ", \"size\": %llu, \"sha256\": \"%s\", \"extracted\": ", ULL(f->size), h);
    if (!f->member) {
      fputs("null", fp);
    } else {
      fputs("{\"symbol\": ", fp);
      json_str(fp, f->why_sym);
      fputs(", \"referenced_by\": ", fp);
      json_str(fp, why_ref(ctx, f));
      fprintf(fp, ", \"command_line\": %s}", f->why_file ? "false" : "true");
    }
    file_contrib(m, fi);
    /* output-section order, whatever the order the sections were met in */
    memcpy(idx, m->touched, m->ntouched * sizeof(size_t));
    qsort(idx, m->ntouched, sizeof(size_t), size_t_cmp);
    uint64_t bytes = 0;
    for (size_t t = 0; t < m->ntouched; t++) bytes += m->scratch[idx[t]];
    fprintf(fp, ", \"bytes\": %llu, \"sections\": ", ULL(bytes));
    json_sections(fp, m, m->scratch, idx, m->ntouched);
    fprintf(fp, "}%s\n", fi + 1 < m->nfiles ? "," : "");
  }
  fputs("  ],\n", fp);

  fputs("  \"libraries\": [\n", fp);
  for (size_t li = 0; li < m->nlibs; li++) {
    Lib *l = &m->libs[li];
    fputs("    {\"path\": ", fp);
    json_str(fp, l->path);
    size_t n = 0;
    for (size_t i = 0; i < m->nosec; i++)
      if (l->sec[i]) idx[n++] = i;
    fprintf(fp, ", \"members\": %llu, \"bytes\": %llu, \"sections\": ", ULL(l->members), ULL(l->bytes));
    json_sections(fp, m, l->sec, idx, n);
    fprintf(fp, "}%s\n", li + 1 < m->nlibs ? "," : "");
  }
  fputs("  ],\n", fp);

  /* the shared objects the output depends on at run time: what auditing
   * tools look for (soname, where it was found, the versions needed) */
  fputs("  \"shared_libraries\": [\n", fp);
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    InputFile *f = ctx->dsos.data[i];
    fputs("    {\"soname\": ", fp);
    json_str(fp, f->soname);
    fputs(", \"path\": ", fp);
    json_str(fp, f->path);
    fprintf(fp, ", \"needed\": %s, \"versions\": [", dso_is_needed(f) ? "true" : "false");
    const char *v = dso_versions_needed(ctx, f);
    for (int first = 1; *v; first = 0) {
      size_t n = strcspn(v, " ");
      fputs(first ? "" : ", ", fp);
      json_str(fp, arena_strndup(ctx_arena(ctx), v, n));
      v += n + (v[n] == ' ');
    }
    fprintf(fp, "]}%s\n", i + 1 < ctx->dsos.len ? "," : "");
  }
  fputs("  ],\n", fp);
  fprintf(fp, "  \"objects\": {\"files\": %llu, \"bytes\": %llu}\n}\n", ULL(m->obj_count), ULL(m->obj_bytes));
  free(idx);
}

static void write_report_json(Ctx *ctx, const char *path, Model *m) {
  Out out;
  if (!out_open(ctx, &out, path)) return;
  write_json(ctx, out.fp, m);
  out_close(ctx, &out);
}

/* The page's script: builds library -> member -> section from the embedded
 * report and lays it out as a squarified treemap. */
static const char html_css[] =
    "body{font:13px/1.4 system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:16px;color:#222;background:#fafafa}\n"
    "h1{font-size:18px;margin:0 0 4px}\n"
    ".sub{color:#555;margin:0 0 10px}\n"
    "#map{cursor:pointer;position:relative;width:100%;height:600px;background:#fff;border:1px solid #999;overflow:hidden}\n"
    ".node{position:absolute;box-sizing:border-box;overflow:hidden;border:1px solid rgba(0,0,0,.35)}\n"
    ".k-library{background:#e8e8e8}\n"
    ".k-member{background:#f6f6f6}\n"
    ".lbl{position:absolute;left:2px;top:0;right:2px;font-size:11px;white-space:nowrap;overflow:hidden;"
    "text-overflow:ellipsis;pointer-events:none}\n"
    ".k-library>.lbl{font-weight:bold}\n"
    "#tip{position:fixed;display:none;background:#222;color:#fff;padding:4px 7px;border-radius:3px;font-size:12px;"
    "white-space:pre;pointer-events:none;z-index:10}\n"
    "#legend span{display:inline-block;margin:6px 10px 0 0}\n"
    "#legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border:1px solid #777}\n"
    "table{border-collapse:collapse;margin-top:16px}\n"
    "td,th{border:1px solid #bbb;padding:3px 8px;text-align:left}\n"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "h2{font-size:15px;margin:18px 0 0}\n";

static const char html_js[] =
    "(function(){\n"
    "'use strict';\n"
    "var data=JSON.parse(document.getElementById('weld-data').textContent);\n"
    "var map=document.getElementById('map'),tip=document.getElementById('tip');\n"
    "var libs=[],byName={};\n"
    "data.files.forEach(function(f){\n"
    "  var ln=f.member===null?'(objects)':f.path;\n"
    "  var lib=byName[ln];\n"
    "  if(!lib){lib=byName[ln]={name:ln,kind:'library',bytes:0,children:[]};libs.push(lib);}\n"
    "  var m={name:f.member===null?f.path:f.member,kind:'member',bytes:0,children:[]};\n"
    "  Object.keys(f.sections).forEach(function(s){var b=f.sections[s];\n"
    "    if(b>0){m.children.push({name:s,kind:'section',bytes:b,children:[]});m.bytes+=b;}});\n"
    "  if(m.bytes>0){lib.children.push(m);lib.bytes+=m.bytes;}\n"
    "});\n"
    "var root={name:data.output.path,kind:'root',bytes:0,children:libs.filter(function(l){return l.bytes>0;})};\n"
    "root.children.forEach(function(l){root.bytes+=l.bytes;});\n"
    "var total=root.bytes||1;\n"
    "var fixed={'.text':'#6fa0e8','.rodata':'#f2b35e','.data':'#7cc47c','.bss':'#c8c8c8','.tdata':'#9ed99e',\n"
    "  '.tbss':'#dddddd','.eh_frame':'#c79cf0','.gcc_except_table':'#e3a3d9','.init_array':'#a3d9d3',\n"
    "  '.fini_array':'#a3c9d9','.data.rel.ro':'#b5d98c','.init':'#8fb6ee','.fini':'#8fb6ee'};\n"
    "var seen={};\n"
    "function color(s){if(fixed[s])return fixed[s];var h=0;for(var i=0;i<s.length;i++)h=(h*31+s.charCodeAt(i))%360;\n"
    "  return 'hsl('+h+',55%,75%)';}\n"
    "function fmt(n){return String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g,',');}\n"
    "function worst(sum,mx,mn,side){var s2=sum*sum,w2=side*side;return Math.max(w2*mx/s2,s2/(w2*mn));}\n"
    "function squarify(items,x,y,w,h){\n"
    "  var out=[],total=0,i;for(i=0;i<items.length;i++)total+=items[i].bytes;\n"
    "  if(total<=0||w<=0||h<=0)return out;\n"
    "  var scale=w*h/total,k=0;\n"
    "  while(k<items.length){\n"
    "    var side=Math.min(w,h),sum=items[k].bytes*scale,mx=sum,mn=sum,j=k+1,best=worst(sum,mx,mn,side);\n"
    "    while(j<items.length){var a=items[j].bytes*scale,ns=sum+a,nw=worst(ns,Math.max(mx,a),Math.min(mn,a),side);\n"
    "      if(nw>best)break;sum=ns;mx=Math.max(mx,a);mn=Math.min(mn,a);best=nw;j++;}\n"
    "    var thick=sum/side,pos=0;\n"
    "    for(i=k;i<j;i++){var len=items[i].bytes*scale/thick;\n"
    "      if(w>=h)out.push({n:items[i],x:x,y:y+pos,w:thick,h:len});else out.push({n:items[i],x:x+pos,y:y,w:len,h:thick});\n"
    "      pos+=len;}\n"
    "    if(w>=h){x+=thick;w-=thick;}else{y+=thick;h-=thick;}\n"
    "    k=j;}\n"
    "  return out;}\n"
    "var count=0;\n"
    "function draw(node,parent,x,y,w,h,path){\n"
    "  var d=document.createElement('div');\n"
    "  d.className='node k-'+node.kind;\n"
    "  d.style.left=x+'px';d.style.top=y+'px';d.style.width=Math.max(w,1)+'px';d.style.height=Math.max(h,1)+'px';\n"
    "  d.setAttribute('data-kind',node.kind);d.setAttribute('data-name',node.name);\n"
    "  d.setAttribute('data-bytes',String(node.bytes));d.setAttribute('data-path',path);\n"
    "  if(node.kind==='section'){d.style.background=color(node.name);seen[node.name]=1;}\n"
    "  if(w>30&&h>13){var l=document.createElement('span');l.className='lbl';l.textContent=node.name;d.appendChild(l);}\n"
    "  parent.appendChild(d);count++;\n"
    "  if(!node.children.length)return;\n"
    "  var head=h>40&&w>30?14:0,pad=w>12&&h>12?2:0,iw=w-2*pad-2,ih=h-head-2*pad-2;\n"
    "  if(iw<3||ih<3){if(node.kind!=='library')return;head=0;pad=0;iw=Math.max(w-2,0.5);ih=Math.max(h-2,0.5);}\n"
    "  var kids=node.children.slice().sort(function(a,b){return b.bytes-a.bytes||(a.name<b.name?-1:1);});\n"
    "  squarify(kids,pad,head+pad,iw,ih).forEach(function(r){\n"
    "    draw(r.n,d,r.x,r.y,r.w,r.h,path+' \\u203a '+r.n.name);});\n"
    "}\n"
    "var view=root;\n"
    "function render(){\n"
    "  map.textContent='';count=0;seen={};\n"
    "  var w=map.clientWidth||1000,h=map.clientHeight||600;\n"
    "  document.getElementById('crumb').textContent=view===root?'All libraries; click a library to zoom in.':\n"
    "    'Library '+view.name+' ('+fmt(view.bytes)+' bytes); click to zoom out.';\n"
    "  var kids=(view===root?root.children:[view]).slice().sort(function(a,b){return b.bytes-a.bytes||(a.name<b.name?-1:1);});\n"
    "  squarify(kids,0,0,w,h).forEach(function(r){draw(r.n,map,r.x,r.y,r.w,r.h,r.n.name);});\n"
    "  map.setAttribute('data-nodes',String(count));\n"
    "  var lg=document.getElementById('legend');lg.textContent='';\n"
    "  Object.keys(seen).sort().forEach(function(s){var e=document.createElement('span');var i=document.createElement('i');\n"
    "    i.style.background=color(s);e.appendChild(i);e.appendChild(document.createTextNode(s));lg.appendChild(e);});\n"
    "}\n"
    "map.addEventListener('mousemove',function(e){\n"
    "  var n=e.target.closest?e.target.closest('.node'):null;\n"
    "  if(!n){tip.style.display='none';return;}\n"
    "  var b=+n.getAttribute('data-bytes');\n"
    "  tip.textContent=n.getAttribute('data-path')+'\\n'+fmt(b)+' bytes ('+(100*b/total).toFixed(2)+'%)';\n"
    "  tip.style.display='block';\n"
    "  var tx=e.clientX+14,ty=e.clientY+14;\n"
    "  if(tx+tip.offsetWidth>window.innerWidth)tx=e.clientX-tip.offsetWidth-8;\n"
    "  if(ty+tip.offsetHeight>window.innerHeight)ty=e.clientY-tip.offsetHeight-8;\n"
    "  tip.style.left=tx+'px';tip.style.top=ty+'px';});\n"
    "map.addEventListener('mouseleave',function(){tip.style.display='none';});\n"
    "map.addEventListener('click',function(e){\n"
    "  var n=e.target.closest?e.target.closest('.k-library'):null;\n"
    "  if(view!==root)view=root;else if(n&&byName[n.getAttribute('data-name')])view=byName[n.getAttribute('data-name')];\n"
    "  else return;\n"
    "  tip.style.display='none';render();});\n"
    "var timer=0;window.addEventListener('resize',function(){clearTimeout(timer);timer=setTimeout(render,100);});\n"
    "render();\n"
    "})();\n";

static void html_row(FILE *fp, const char *name, uint64_t members, uint64_t bytes, uint64_t total) {
  fputs("<tr><td>", fp);
  html_text(fp, name);
  fprintf(fp, "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%.2f%%</td></tr>\n", ULL(members),
          ULL(bytes), total ? 100.0 * (double)bytes / (double)total : 0.0);
}

static void write_report_html(Ctx *ctx, const char *path, Model *m) {
  Out out;
  if (!out_open(ctx, &out, path)) return;
  FILE *fp = out.fp;
  const char *o = ctx->opt.output;
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>weld report: ", fp);
  html_text(fp, o);
  fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", html_css);
  html_text(fp, o);
  fprintf(fp, " &mdash; %llu bytes</h1>\n", ULL(ctx->file_size));
  fprintf(fp, "<p class=\"sub\">%llu input files, %llu bytes of input sections (library &rsaquo; member &rsaquo; "
              "section; hover for details). Linked by weld %s.</p>\n",
          ULL(m->nfiles), ULL(m->total_in), WELD_VERSION);
  fputs("<p id=\"crumb\" class=\"sub\"></p>\n<div id=\"map\"></div>\n<div id=\"legend\"></div>\n<div id=\"tip\"></div>\n", fp);

  fputs("<h2>Libraries</h2>\n<table id=\"libraries\">\n<tr><th>library</th><th>members</th><th>bytes</th>"
        "<th>share</th></tr>\n", fp);
  for (size_t li = 0; li < m->nlibs; li++) html_row(fp, m->libs[li].path, m->libs[li].members, m->libs[li].bytes, m->total_in);
  html_row(fp, "(objects)", m->obj_count, m->obj_bytes, m->total_in);
  fputs("</table>\n", fp);

  if (ctx->dsos.len) {
    fputs("<h2>Shared libraries</h2>\n<table id=\"shared\">\n<tr><th>soname</th><th>found at</th><th>needed</th>"
          "<th>versions</th></tr>\n", fp);
    for (size_t i = 0; i < ctx->dsos.len; i++) {
      InputFile *f = ctx->dsos.data[i];
      fputs("<tr><td>", fp);
      html_text(fp, f->soname);
      fputs("</td><td>", fp);
      html_text(fp, f->path);
      fprintf(fp, "</td><td>%s</td><td>", dso_is_needed(f) ? "yes" : "no (--as-needed)");
      html_text(fp, dso_versions_needed(ctx, f));
      fputs("</td></tr>\n", fp);
    }
    fputs("</table>\n", fp);
  }

  fputs("<h2>Output sections</h2>\n<table id=\"sections\">\n<tr><th>section</th><th>address</th><th>size</th>"
        "<th>from inputs</th><th>from the linker</th></tr>\n", fp);
  for (size_t i = 0; i < m->nosec; i++) {
    OutputSection *os = ctx->osecs.data[i];
    fputs("<tr><td>", fp);
    html_text(fp, os->name);
    fprintf(fp, "</td><td class=\"n\">0x%llx</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td></tr>\n",
            ULL(os->flags & SHF_ALLOC ? os->addr : 0), ULL(os->size), ULL(m->osec_in[i]), ULL(m->osec_linker[i]));
  }
  fputs("</table>\n", fp);

  fputs("<script type=\"application/json\" id=\"weld-data\">\n", fp);
  write_json(ctx, fp, m);
  fprintf(fp, "</script>\n<script>\n%s</script>\n</body>\n</html>\n", html_js);
  out_close(ctx, &out);
}

void write_reports(Ctx *ctx) {
  Options *o = &ctx->opt;
  if (o->map_file) write_map(ctx, o->map_file);
  if (o->why_extract) write_why_extract(ctx, o->why_extract);
  if (o->dependency_file) write_depfile(ctx, o->dependency_file);
  if (o->report_file) {
    Model m;
    model_build(ctx, &m);
    if (ends_with(o->report_file, ".html") || ends_with(o->report_file, ".htm")) write_report_html(ctx, o->report_file, &m);
    else write_report_json(ctx, o->report_file, &m);
    model_free(&m);
  }
}

/* ------------------------------------------------------- --embed-deps */

/* One ELF note: namesz, descsz, type, "weld\0" padded to 4, then the text
 * lines `SHA256 path[(member)]\n` for the files linked in, and
 * `SHA256 path (shared SONAME[: VERSION ...])\n` for each shared object
 * the output needs at run time, padded to 4. */
static void write_deps_note(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)ctx;
  memcpy(buf, is->syn->data, is->size);
}

/* The note's line for a needed shared object, after its digest. */
static const char *shared_dep_line(Ctx *ctx, InputFile *f) {
  const char *v = dso_versions_needed(ctx, f);
  return arena_printf(ctx_arena(ctx), "%s (shared %s%s%s)", f->path, f->soname, *v ? ": " : "", v);
}

void create_deps_section(Ctx *ctx) {
  uint8_t (*sha)[32] = file_digests(ctx);
  uint64_t desc = 0;
  for (size_t i = 0; i < ctx->files.len; i++) desc += 64 + 1 + strlen(file_name(ctx->files.data[i])) + 1;
  for (size_t i = 0; i < ctx->dsos.len; i++)
    if (dso_is_needed(ctx->dsos.data[i])) desc += 64 + 1 + strlen(shared_dep_line(ctx, ctx->dsos.data[i])) + 1;
  if (desc > 0xffffffffULL) {
    error(ctx, "--embed-deps: the list of inputs is too large for an ELF note (%llu bytes)", ULL(desc));
    return;
  }
  uint64_t namesz = sizeof(DEPS_NOTE_NAME);
  uint64_t size = 12 + align_to(namesz, 4) + align_to(desc, 4);
  uint8_t *p = arena_alloc(ctx_arena(ctx), (size_t)size);
  wr32(p, (uint32_t)namesz);
  wr32(p + 4, (uint32_t)desc);
  wr32(p + 8, DEPS_NOTE_TYPE);
  memcpy(p + 12, DEPS_NOTE_NAME, namesz);
  char *q = (char *)p + 12 + align_to(namesz, 4);
  for (size_t i = 0; i < ctx->files.len; i++) {
    const char *name = file_name(ctx->files.data[i]);
    size_t n = strlen(name);
    hex(q, sha[i], 32);
    q[64] = ' ';
    memcpy(q + 65, name, n);
    for (size_t k = 0; k < n; k++)
      if (q[65 + k] == '\n') q[65 + k] = '?';
    q[65 + n] = '\n';
    q += 65 + n + 1;
  }
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    InputFile *f = ctx->dsos.data[i];
    if (!dso_is_needed(f)) continue;
    uint8_t d[32];
    Sha256 s;
    sha256_init(&s);
    sha256_update(&s, f->data, f->size);
    sha256_final(&s, d);
    const char *line = shared_dep_line(ctx, f);
    size_t n = strlen(line);
    hex(q, d, 32);
    q[64] = ' ';
    memcpy(q + 65, line, n);
    q[65 + n] = '\n';
    q += 65 + n + 1;
  }
  ctx->deps_note = new_synthetic(ctx, ".note.weld.deps", SHT_NOTE, 0, 2, 0, size, 0, write_deps_note);
  ctx->deps_note->syn->data = p;
}

/* ------------------------------------------------------- --print-deps */

/* Finds the weld deps note in a note section's bytes. */
static bool find_note(const uint8_t *p, uint64_t size, const uint8_t **desc, uint64_t *descsz) {
  uint64_t off = 0;
  while (size - off >= 12) {
    uint64_t nsz = rd32(p + off), dsz = rd32(p + off + 4);
    uint32_t type = rd32(p + off + 8);
    uint64_t name_off = off + 12, desc_off = name_off + align_to(nsz, 4);
    if (desc_off > size || !range_ok(desc_off, dsz, size)) return false;
    if (type == DEPS_NOTE_TYPE && nsz == sizeof(DEPS_NOTE_NAME) && !memcmp(p + name_off, DEPS_NOTE_NAME, nsz)) {
      *desc = p + desc_off;
      *descsz = dsz;
      return true;
    }
    uint64_t next = desc_off + align_to(dsz, 4);
    if (next <= off || next > size) return false;
    off = next;
  }
  return false;
}

int print_deps(Ctx *ctx, const char *path) {
  MappedFile *mf = map_file(ctx, path);
  if (!mf) {
    error(ctx, "--print-deps: cannot open %s: %s", path, strerror(errno));
    return 1;
  }
  const uint8_t *d = mf->data;
  size_t size = mf->size;
  if (size < SELFMAG || memcmp(d, ELFMAG, SELFMAG)) {
    error(ctx, "--print-deps: %s: not an ELF file", path);
    return 1;
  }
  if (size < sizeof(Elf64_Ehdr)) {
    error(ctx, "--print-deps: %s: truncated ELF header (%zu bytes)", path, size);
    return 1;
  }
  Elf64_Ehdr eh;
  memcpy(&eh, d, sizeof(eh));
  if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB) {
    error(ctx, "--print-deps: %s: not a little-endian ELF64 file", path);
    return 1;
  }
  if (eh.e_shoff == 0) {
    error(ctx, "--print-deps: %s: no section header table (no dependency note; link with --embed-deps)", path);
    return 1;
  }
  if (eh.e_shentsize != sizeof(Elf64_Shdr)) {
    error(ctx, "--print-deps: %s: unexpected section header size %u", path, eh.e_shentsize);
    return 1;
  }
  uint64_t shnum = eh.e_shnum;
  if (shnum == 0) {
    /* extended numbering: the count is in section 0's sh_size */
    if (!range_ok(eh.e_shoff, sizeof(Elf64_Shdr), size)) {
      error(ctx, "--print-deps: %s: section header table at offset 0x%llx is past the end of the file (%zu bytes)", path,
            ULL(eh.e_shoff), size);
      return 1;
    }
    shnum = rd64(d + eh.e_shoff + offsetof(Elf64_Shdr, sh_size));
  }
  uint64_t tab;
  if (mul_overflow(shnum, sizeof(Elf64_Shdr), &tab) || !range_ok(eh.e_shoff, tab, size)) {
    error(ctx, "--print-deps: %s: section header table (%llu entries at offset 0x%llx) extends past the end of the file "
               "(%zu bytes); the file is truncated or corrupt", path, ULL(shnum), ULL(eh.e_shoff), size);
    return 1;
  }
  for (uint64_t i = 1; i < shnum; i++) {
    Elf64_Shdr sh;
    memcpy(&sh, d + eh.e_shoff + i * sizeof(Elf64_Shdr), sizeof(sh));
    if (sh.sh_type != SHT_NOTE) continue;
    if (!range_ok(sh.sh_offset, sh.sh_size, size)) {
      error(ctx, "--print-deps: %s: note section %llu (offset 0x%llx, size %llu) extends past the end of the file "
                 "(%zu bytes)", path, ULL(i), ULL(sh.sh_offset), ULL(sh.sh_size), size);
      return 1;
    }
    const uint8_t *desc;
    uint64_t descsz;
    if (find_note(d + sh.sh_offset, sh.sh_size, &desc, &descsz)) {
      fwrite(desc, 1, (size_t)descsz, stdout);
      if (descsz && desc[descsz - 1] != '\n') putchar('\n');
      if (fflush(stdout) != 0) {
        error(ctx, "--print-deps: writing to standard output: %s", strerror(errno));
        return 1;
      }
      return 0;
    }
  }
  error(ctx, "--print-deps: %s: no weld dependency note (link with --embed-deps)", path);
  return 1;
}
