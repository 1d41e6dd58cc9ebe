/*
 * dynamic.c - what a dynamic output tells the loader: each symbol's
 * dynamic class (classify_symbols, once, before the relocation scan), which
 * shared objects are needed (--as-needed), and the tables: .interp,
 * .dynsym, .dynstr, .gnu.hash and/or .hash, .gnu.version, .gnu.version_r
 * and .dynamic.
 *
 * .dynsym order: the null symbol, then the symbols the output imports or
 * leaves undefined (not hashed), then the ones it defines, sorted by their
 * .gnu.hash bucket (the GNU hash table needs its symbols grouped by bucket
 * at the end of .dynsym).  Within each part, symbols keep the order of
 * syms_list, so the table does not depend on thread timing.
 *
 * Versions: a symbol imported from a shared object that defines it at a
 * version (printf@GLIBC_2.2.5) is given a .gnu.version_r entry naming the
 * object's DT_SONAME and that version; vna_hash is the SysV ELF hash of the
 * version's name (gABI "Symbol Versioning").
 */
#include "weld.h"

/* ------------------------------------------------------- symbol classes */

static bool exportable(const Symbol *s) {
  return s->visibility == STV_DEFAULT || s->visibility == STV_PROTECTED;
}

/* --exclude-libs: the archive the definition came from is listed (or ALL) */
static bool excluded_lib(Ctx *ctx, const Symbol *s) {
  Vec *l = &ctx->opt.exclude_libs;
  if (!l->len || !s->file || !s->file->archive) return false;
  const char *path = s->file->archive->path, *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  for (size_t i = 0; i < l->len; i++)
    if (!strcmp(l->data[i], "ALL") || !strcmp(l->data[i], base)) return true;
  return false;
}

static bool has_dynamic_list(const Options *o) { return o->dynamic_list.len || o->dynamic_list_file; }

/* A shared object's definition that references from inside bind to:
 * protected visibility; with -Bsymbolic(-functions) or a --dynamic-list
 * file, a symbol that the dynamic list and --export-dynamic-symbol do not
 * name (GNU ld's rules). */
static bool binds_locally(Ctx *ctx, const Symbol *s) {
  Options *o = &ctx->opt;
  if (s->visibility == STV_PROTECTED) return true;
  bool func = s->type == STT_FUNC || s->type == STT_GNU_IFUNC;
  bool symbolic = o->bsymbolic == BSYM_ALL || (o->bsymbolic == BSYM_FUNCTIONS && func) || o->dynamic_list_file;
  return symbolic && !(has_dynamic_list(o) && in_dynamic_list(ctx, s));
}

/* A definition of the output that can go to .dynsym at all. */
static bool defined_here_exportable(const Symbol *s) {
  return sym_is_defined(s) && !s->synthetic && exportable(s) && s->file && s->file->alive &&
         (!s->isec || atomic_load(&s->isec->alive));
}

void classify_symbols(Ctx *ctx) {
  Options *o = &ctx->opt;
  if (!o->dynamic) return;
  bool shared = o->kind == OUT_SHARED;
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (sym_is_imported(s)) {
      s->is_preemptible = true;
    } else if (!sym_is_defined(s)) {
      /* a library loaded at run time may define it; in a static PIE nothing
       * will (an undefined weak is 0 there, as in a static executable), nor
       * in an executable whose undefined symbols were let through
       * (--unresolved-symbols, --warn-unresolved-symbols: 0, as GNU ld) */
      s->is_preemptible = s->referenced && exportable(s) && !o->static_pie && !s->undef_zero;
    } else if (s->start_stop) {
      s->is_exported = shared; /* as GNU ld exports them from a library, bound there */
    } else if (!defined_here_exportable(s)) {
      continue;
    } else if (shared) {
      /* a library exports every default or protected definition that no
       * version script makes local, and another object loaded first may
       * preempt it unless it binds locally */
      bool local;
      s->version = symbol_version(ctx, s, &local);
      s->is_exported = !local && !excluded_lib(ctx, s);
      s->is_preemptible = s->is_exported && !binds_locally(ctx, s);
    } else {
      /* an executable's definitions are never preempted; they are
       * exported when asked to, or when a shared object refers to them */
      bool local;
      s->version = symbol_version(ctx, s, &local);
      s->is_exported = !local && (o->export_dynamic || s->dso_ref || (has_dynamic_list(o) && in_dynamic_list(ctx, s)));
    }
  }
}

/* A shared object named under --as-needed gets DT_NEEDED only if a regular
 * object refers to one of its symbols non-weakly (GNU ld's rule).  A
 * symbol that only such an unneeded object defines becomes undefined. */
void mark_needed_dsos(Ctx *ctx) {
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (sym_is_imported(s) && s->strong_ref) s->file->dso_used = true;
  }
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (sym_is_imported(s) && s->file->as_needed && !s->file->dso_used) {
      s->kind = SK_UNDEF;
      s->file = NULL;
      s->type = STT_NOTYPE; /* as an undefined reference has it, not the dropped object's type */
      s->size = 0;
    }
  }
}

static bool dso_needed(const InputFile *f) { return !f->as_needed || f->dso_used; }
bool dso_is_needed(const InputFile *f) { return dso_needed(f); }
static const char *dyn_name(const Symbol *s, size_t *n);

/* Compares version names like GLIBC_2.2.5 and GLIBC_2.28: the same
 * prefix, then the dot-separated numbers.  Returns <0, 0, >0, or 2 when
 * the names are not of one family. */
static int version_cmp(const char *a, const char *b) {
  size_t pa = strcspn(a, "0123456789"), pb = strcspn(b, "0123456789");
  if (pa != pb || strncmp(a, b, pa)) return 2;
  a += pa;
  b += pb;
  while (*a || *b) {
    char *ea, *eb;
    unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
    if (x != y) return x < y ? -1 : 1;
    a = *ea == '.' ? ea + 1 : ea;
    b = *eb == '.' ? eb + 1 : eb;
    if (ea == a && eb == b && (*a || *b)) return 2; /* not numbers */
  }
  return 0;
}

void check_max_versions(Ctx *ctx) {
  Vec *caps = &ctx->opt.max_versions;
  if (!caps->len) return;
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (!sym_is_imported(s) || !s->referenced) continue;
    bool is_default;
    const char *ver = dso_sym_version(s->file, s->esym, &is_default);
    if (!ver) continue;
    for (size_t k = 0; k < caps->len; k++) {
      const char *cap = caps->data[k], *colon = strchr(cap, ':');
      size_t n = (size_t)(colon - cap);
      if (strlen(s->file->soname) != n || strncmp(s->file->soname, cap, n)) continue;
      if (version_cmp(ver, colon + 1) != 1) continue;
      size_t len;
      const char *name = dyn_name(s, &len);
      error(ctx, "%s: '%.*s' needs %s of %s, newer than --max-symbol-version=%s allows (on a system with an "
                 "older %s the program would not start: \"version `%s' not found\")",
            s->ref_file ? file_name(s->ref_file) : "the command line", (int)len, name, ver, s->file->soname, cap,
            s->file->soname, ver);
    }
  }
}

/* ------------------------------------------------------------ state */

/* per .dynsym entry (index - 1) */
typedef struct {
  uint32_t name;     /* .dynstr offset */
  uint32_t gnu;      /* GNU hash of the name */
  uint16_t version;  /* .gnu.version value */
} DynInfo;

/* a shared object's version needs */
typedef struct {
  InputFile *dso;
  uint32_t file;     /* .dynstr offset of its soname */
  Vec names;         /* version names (const char *) */
  Vec offs;          /* their .dynstr offsets (uintptr_t) */
  Vec idx;           /* their version indices (uintptr_t) */
} Verneed;

/* a .dynamic entry: a value, or an address or size found at write time */
typedef enum { DV_VAL, DV_ADDR, DV_SIZE, DV_OSEC_ADDR, DV_OSEC_SIZE, DV_SYM } DynValKind;
typedef struct {
  int64_t tag;
  DynValKind kind;
  uint64_t val;
  InputSection *sec;
  const char *name;  /* DV_OSEC_*: output section; DV_SYM: symbol */
} DynEntry;

typedef struct DynState {
  char *str;          /* .dynstr */
  uint64_t strlen, strcap;
  DynInfo *info;
  uint32_t first_hashed, nbuckets, bloom_words;
  Vec verneeds;       /* Verneed*, in order of first use */
  uint32_t nverdef;   /* .gnu.version_d entries: the base, then each named version */
  uint32_t *verdef_names; /* per entry: its name, then its parents' (.dynstr offsets) */
  uint32_t *verdef_first, *verdef_cnt; /* per entry: where its names start in verdef_names, how many */
  uint64_t verdef_size;
  uint16_t next_version;
  uint64_t verneed_size;
  uint32_t rpath_off, soname_off;
  DynEntry *entries;
  size_t nentries, entcap;
} DynState;

/* ------------------------------------------------------------ .dynstr */

static uint32_t dynstr_add(Ctx *ctx, const char *s, size_t n) {
  DynState *d = ctx->dyn;
  if (d->strlen + n + 1 > d->strcap) {
    d->strcap = MAX(d->strcap * 2, d->strlen + n + 1 + 4096);
    d->str = realloc(d->str, d->strcap);
    if (!d->str) fatal(ctx, "out of memory");
  }
  uint64_t off = d->strlen;
  memcpy(d->str + off, s, n);
  d->str[off + n] = 0;
  d->strlen += n + 1;
  if (d->strlen > UINT32_MAX) fatal(ctx, ".dynstr is larger than 4 GiB");
  return (uint32_t)off;
}

static uint32_t dynstr_str(Ctx *ctx, const char *s) { return dynstr_add(ctx, s, strlen(s)); }

/* the name a symbol has in .dynsym: without an object's "@VERSION" */
static const char *dyn_name(const Symbol *s, size_t *n) {
  const char *name = sym_is_imported(s) ? esym_name(s->file, s->esym) : s->name;
  const char *at = strchr(name, '@');
  *n = at ? (size_t)(at - name) : strlen(name);
  return name;
}

/* ------------------------------------------------------------- hashes */

static uint32_t gnu_hash(const char *s, size_t n) {
  uint32_t h = 5381;
  for (size_t i = 0; i < n; i++) h = h * 33 + (uint8_t)s[i];
  return h;
}

static uint32_t sysv_hash(const char *s, size_t n) {
  uint32_t h = 0;
  for (size_t i = 0; i < n; i++) {
    h = (h << 4) + (uint8_t)s[i];
    uint32_t g = h & 0xf0000000;
    if (g) h ^= g >> 24;
    h &= ~g;
  }
  return h;
}

static uint32_t sysv_nbuckets(size_t nsyms) {
  static const uint32_t primes[] = {1, 3, 17, 37, 67, 97, 131, 197, 263, 521, 1031, 2053, 4099, 8209, 16411,
                                    32771, 65537, 131101, 262147};
  uint32_t b = primes[0];
  for (size_t i = 0; i < ARRAY_SIZE(primes) && primes[i] <= nsyms / 2 + 1; i++) b = primes[i];
  return b;
}

/* ------------------------------------------------- version needs */

static uint16_t verneed_index(Ctx *ctx, InputFile *dso, const char *ver) {
  DynState *d = ctx->dyn;
  Verneed *vn = NULL;
  for (size_t i = 0; i < d->verneeds.len && !vn; i++)
    if (((Verneed *)d->verneeds.data[i])->dso == dso) vn = d->verneeds.data[i];
  if (!vn) {
    vn = NEW(ctx, Verneed);
    vn->dso = dso;
    vn->file = dynstr_str(ctx, dso->soname);
    vec_push(&d->verneeds, vn);
    d->verneed_size += sizeof(Elf64_Verneed);
  }
  for (size_t i = 0; i < vn->names.len; i++)
    if (!strcmp(vn->names.data[i], ver)) return (uint16_t)(uintptr_t)vn->idx.data[i];
  if (d->next_version == 0x7fff) fatal(ctx, "too many symbol versions needed (more than 32765)");
  vec_push(&vn->names, (void *)ver);
  vec_push(&vn->offs, (void *)(uintptr_t)dynstr_str(ctx, ver));
  vec_push(&vn->idx, (void *)(uintptr_t)d->next_version);
  d->verneed_size += sizeof(Elf64_Vernaux);
  return d->next_version++;
}

const char *dso_versions_needed(Ctx *ctx, const InputFile *f) {
  DynState *d = ctx->dyn;
  for (size_t i = 0; d && i < d->verneeds.len; i++) {
    Verneed *vn = d->verneeds.data[i];
    if (vn->dso != f) continue;
    size_t n = 0;
    for (size_t k = 0; k < vn->names.len; k++) n += strlen(vn->names.data[k]) + 1;
    char *s = arena_alloc(ctx_arena(ctx), n + 1), *p = s;
    for (size_t k = 0; k < vn->names.len; k++) p += sprintf(p, "%s%s", k ? " " : "", (const char *)vn->names.data[k]);
    return s;
  }
  return "";
}

/* The .gnu.version value of a .dynsym symbol. */
static uint16_t dynsym_version(Ctx *ctx, Symbol *s) {
  if (!sym_is_imported(s)) return sym_is_defined(s) && s->version ? s->version : VER_NDX_GLOBAL;
  bool is_default;
  const char *ver = dso_sym_version(s->file, s->esym, &is_default);
  return ver ? verneed_index(ctx, s->file, ver) : VER_NDX_GLOBAL;
}

/* ------------------------------------------------------- the writers */

static void write_interp(Ctx *ctx, InputSection *is, uint8_t *buf) {
  memcpy(buf, ctx->opt.dynamic_linker, is->size);
}

static void write_dynstr(Ctx *ctx, InputSection *is, uint8_t *buf) { memcpy(buf, ctx->dyn->str, is->size); }

static uint16_t out_osec_shndx(const OutputSection *o) { return o ? (uint16_t)o->shndx : SHN_ABS; }

static uint16_t out_shndx(InputSection *is) {
  if (is->merged && is->file) is = is->merged->isec;
  return is->osec ? (uint16_t)is->osec->shndx : SHN_ABS;
}

static void write_dynsym(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  memset(buf, 0, sizeof(Elf64_Sym));
  for (size_t i = 0; i < ctx->dynsyms.len; i++) {
    Symbol *s = ctx->dynsyms.data[i];
    Elf64_Sym o = {0};
    o.st_name = ctx->dyn->info[i].name;
    int type = s->type == STT_GNU_IFUNC ? STT_FUNC : s->type;
    if (sym_is_imported(s) && s->isec) { /* copied: defined here, bound as in its library */
      o.st_info = ELF64_ST_INFO(import_bind(s), type);
      o.st_shndx = out_shndx(s->isec);
      o.st_value = sym_real_addr(ctx, s);
      o.st_size = s->size;
    } else if (sym_is_imported(s) || !sym_is_defined(s)) {
      o.st_info = ELF64_ST_INFO(s->referenced && !s->strong_ref ? STB_WEAK : STB_GLOBAL, type);
      o.st_shndx = SHN_UNDEF;
      /* a canonical PLT entry is the function's address everywhere */
      if (sym_is_imported(s) && (atomic_load(&s->needs) & NEEDS_CPLT)) o.st_value = plt_entry_addr(ctx, s);
    } else {
      /* an IFUNC without an IPLT entry here is resolved by the loader */
      if (s->type == STT_GNU_IFUNC && sym_plt(ctx, s) < 0) type = STT_GNU_IFUNC;
      o.st_info = ELF64_ST_INFO(s->bind, type);
      o.st_other = s->visibility;
      o.st_shndx = s->isec ? out_shndx(s->isec) : s->start_stop ? out_osec_shndx(start_stop_osec(ctx, s)) : SHN_ABS;
      o.st_value = sym_addr(ctx, s);
      if (s->type == STT_TLS) o.st_value -= ctx->tls_begin; /* gABI: the offset in the TLS template */
      o.st_size = s->size;
    }
    memcpy(buf + sizeof(Elf64_Sym) * (i + 1), &o, sizeof(o));
  }
}

static void write_versym(Ctx *ctx, InputSection *is, uint8_t *buf) {
  memset(buf, 0, is->size);
  for (size_t i = 0; i < ctx->dynsyms.len; i++) wr16(buf + 2 * (i + 1), ctx->dyn->info[i].version);
}

/* .gnu.version_d: the base version (the soname, else the output's file
 * name) and each named version of the scripts, with its parents. */
static void create_verdefs(Ctx *ctx) {
  DynState *d = ctx->dyn;
  uint32_t n = version_count(ctx);
  if (!n) return;
  d->nverdef = n + 1;
  d->verdef_first = NEW_ARRAY(ctx, uint32_t, n + 1);
  d->verdef_cnt = NEW_ARRAY(ctx, uint32_t, n + 1);
  Vec names = {0};
  const char *base = ctx->opt.soname;
  if (!base) {
    base = strrchr(ctx->opt.output, '/');
    base = base ? base + 1 : ctx->opt.output;
  }
  vec_push(&names, (void *)(uintptr_t)dynstr_str(ctx, base));
  d->verdef_cnt[0] = 1;
  for (uint32_t k = 0; k < n; k++) {
    const char **parents;
    uint32_t np;
    const char *name = version_name(ctx, k, &parents, &np);
    d->verdef_first[k + 1] = (uint32_t)names.len;
    d->verdef_cnt[k + 1] = 1 + np;
    vec_push(&names, (void *)(uintptr_t)dynstr_str(ctx, name));
    for (uint32_t p = 0; p < np; p++) vec_push(&names, (void *)(uintptr_t)dynstr_str(ctx, parents[p]));
  }
  d->verdef_names = NEW_ARRAY(ctx, uint32_t, names.len);
  for (size_t i = 0; i < names.len; i++) d->verdef_names[i] = (uint32_t)(uintptr_t)names.data[i];
  d->verdef_size = sizeof(Elf64_Verdef) * (uint64_t)d->nverdef + sizeof(Elf64_Verdaux) * (uint64_t)names.len;
  vec_free(&names);
  d->next_version = (uint16_t)(2 + n); /* needed versions are numbered after the defined ones */
}

static void write_verdef(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  DynState *d = ctx->dyn;
  uint8_t *p = buf;
  for (uint32_t i = 0; i < d->nverdef; i++) {
    uint32_t cnt = d->verdef_cnt[i], *names = d->verdef_names + d->verdef_first[i];
    const char *name = d->str + names[0];
    uint32_t size = (uint32_t)(sizeof(Elf64_Verdef) + sizeof(Elf64_Verdaux) * cnt);
    Elf64_Verdef v = {VER_DEF_CURRENT, i == 0 ? VER_FLG_BASE : 0, (uint16_t)(i + 1), (uint16_t)cnt,
                      sysv_hash(name, strlen(name)), sizeof(Elf64_Verdef), i + 1 < d->nverdef ? size : 0};
    memcpy(p, &v, sizeof(v));
    for (uint32_t k = 0; k < cnt; k++) {
      Elf64_Verdaux a = {names[k], k + 1 < cnt ? (uint32_t)sizeof(Elf64_Verdaux) : 0};
      memcpy(p + sizeof(v) + sizeof(a) * k, &a, sizeof(a));
    }
    p += size;
  }
}

static void write_verneed(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  DynState *d = ctx->dyn;
  uint8_t *p = buf;
  for (size_t i = 0; i < d->verneeds.len; i++) {
    Verneed *vn = d->verneeds.data[i];
    uint32_t size = (uint32_t)(sizeof(Elf64_Verneed) + sizeof(Elf64_Vernaux) * vn->names.len);
    Elf64_Verneed v = {VER_NEED_CURRENT, (uint16_t)vn->names.len, vn->file, sizeof(Elf64_Verneed),
                       i + 1 < d->verneeds.len ? size : 0};
    memcpy(p, &v, sizeof(v));
    for (size_t k = 0; k < vn->names.len; k++) {
      const char *name = vn->names.data[k];
      Elf64_Vernaux a = {sysv_hash(name, strlen(name)), 0, (uint16_t)(uintptr_t)vn->idx.data[k],
                         (uint32_t)(uintptr_t)vn->offs.data[k],
                         k + 1 < vn->names.len ? (uint32_t)sizeof(Elf64_Vernaux) : 0};
      memcpy(p + sizeof(v) + sizeof(a) * k, &a, sizeof(a));
    }
    p += size;
  }
}

/* .gnu.hash: header, Bloom filter, buckets, chains (of the hashed part) */
static void write_gnu_hash(Ctx *ctx, InputSection *is, uint8_t *buf) {
  DynState *d = ctx->dyn;
  uint32_t nsyms = (uint32_t)ctx->dynsyms.len + 1, first = d->first_hashed, nb = d->nbuckets;
  uint32_t words = d->bloom_words, shift = 26;
  memset(buf, 0, is->size);
  wr32(buf, nb);
  wr32(buf + 4, first);
  wr32(buf + 8, words);
  wr32(buf + 12, shift);
  uint8_t *bloom = buf + 16, *buckets = bloom + 8 * (uint64_t)words, *chains = buckets + 4 * (uint64_t)nb;
  for (uint32_t i = first; i < nsyms; i++) {
    uint32_t h = d->info[i - 1].gnu;
    uint64_t *w = (uint64_t *)(void *)(bloom + 8 * ((h / 64) % words));
    uint64_t v = rd64(w) | (1ULL << (h % 64)) | (1ULL << ((h >> shift) % 64));
    wr64(w, v);
    uint32_t b = h % nb;
    if (!rd32(buckets + 4 * b)) wr32(buckets + 4 * b, i);
    bool last = i + 1 == nsyms || d->info[i].gnu % nb != b;
    wr32(chains + 4 * (uint64_t)(i - first), last ? h | 1 : h & ~1u);
  }
}

static void write_sysv_hash(Ctx *ctx, InputSection *is, uint8_t *buf) {
  uint32_t nsyms = (uint32_t)ctx->dynsyms.len + 1, nb = sysv_nbuckets(nsyms);
  memset(buf, 0, is->size);
  wr32(buf, nb);
  wr32(buf + 4, nsyms);
  uint8_t *buckets = buf + 8, *chains = buckets + 4 * (uint64_t)nb;
  for (uint32_t i = 1; i < nsyms; i++) {
    size_t n;
    const char *name = dyn_name(ctx->dynsyms.data[i - 1], &n);
    uint32_t b = sysv_hash(name, n) % nb;
    wr32(chains + 4 * (uint64_t)i, rd32(buckets + 4 * b));
    wr32(buckets + 4 * b, i);
  }
}

/* ----------------------------------------------------------- .dynamic */

static void dyn_entry(Ctx *ctx, int64_t tag, DynValKind kind, uint64_t val, InputSection *sec, const char *name) {
  DynState *d = ctx->dyn;
  if (d->nentries == d->entcap) {
    d->entcap = d->entcap ? 2 * d->entcap : 64;
    d->entries = realloc(d->entries, d->entcap * sizeof(DynEntry));
    if (!d->entries) fatal(ctx, "out of memory");
  }
  d->entries[d->nentries++] = (DynEntry){tag, kind, val, sec, name};
}

static bool defined_here(Ctx *ctx, const char *name) {
  Symbol *s = sym_find(ctx, name);
  return s && sym_is_defined(s) && !s->synthetic && s->isec && atomic_load(&s->isec->alive);
}

/* The entries, in GNU ld's order; run by layout once the output sections
 * exist (DT_INIT_ARRAY and friends name them), so .dynamic's size is known
 * before addresses are. */
static uint64_t size_dynamic(Ctx *ctx, InputSection *is) {
  (void)is;
  DynState *d = ctx->dyn;
  Options *o = &ctx->opt;
  d->nentries = 0;
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    InputFile *f = ctx->dsos.data[i];
    if (dso_needed(f)) dyn_entry(ctx, DT_NEEDED, DV_VAL, f->dynstr_soname, NULL, NULL);
  }
  if (o->soname) dyn_entry(ctx, DT_SONAME, DV_VAL, d->soname_off, NULL, NULL);
  if (o->kind == OUT_SHARED && o->bsymbolic == BSYM_ALL) dyn_entry(ctx, DT_SYMBOLIC, DV_VAL, 0, NULL, NULL);
  if (o->rpaths.len) dyn_entry(ctx, o->new_dtags ? DT_RUNPATH : DT_RPATH, DV_VAL, d->rpath_off, NULL, NULL);
  const char *init = o->init ? o->init : "_init", *fini = o->fini ? o->fini : "_fini";
  if (defined_here(ctx, init)) dyn_entry(ctx, DT_INIT, DV_SYM, 0, NULL, init);
  if (defined_here(ctx, fini)) dyn_entry(ctx, DT_FINI, DV_SYM, 0, NULL, fini);
  static const struct { const char *name; int64_t addr, size; } arrays[] = {
      {".preinit_array", DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ},
      {".init_array", DT_INIT_ARRAY, DT_INIT_ARRAYSZ},
      {".fini_array", DT_FINI_ARRAY, DT_FINI_ARRAYSZ},
  };
  for (size_t i = 0; i < ARRAY_SIZE(arrays); i++)
    if (find_osec(ctx, arrays[i].name)) {
      dyn_entry(ctx, arrays[i].addr, DV_OSEC_ADDR, 0, NULL, arrays[i].name);
      dyn_entry(ctx, arrays[i].size, DV_OSEC_SIZE, 0, NULL, arrays[i].name);
    }
  if (ctx->sysv_hash) dyn_entry(ctx, DT_HASH, DV_ADDR, 0, ctx->sysv_hash, NULL);
  if (ctx->gnu_hash) dyn_entry(ctx, DT_GNU_HASH, DV_ADDR, 0, ctx->gnu_hash, NULL);
  dyn_entry(ctx, DT_STRTAB, DV_ADDR, 0, ctx->dynstr, NULL);
  dyn_entry(ctx, DT_SYMTAB, DV_ADDR, 0, ctx->dynsym, NULL);
  dyn_entry(ctx, DT_STRSZ, DV_SIZE, 0, ctx->dynstr, NULL);
  dyn_entry(ctx, DT_SYMENT, DV_VAL, sizeof(Elf64_Sym), NULL, NULL);
  if (o->kind != OUT_SHARED) dyn_entry(ctx, DT_DEBUG, DV_VAL, 0, NULL, NULL);
  dyn_entry(ctx, DT_PLTGOT, DV_ADDR, 0, ctx->gotplt, NULL);
  if (ctx->rela_plt) {
    dyn_entry(ctx, DT_PLTRELSZ, DV_SIZE, 0, ctx->rela_plt, NULL);
    dyn_entry(ctx, DT_PLTREL, DV_VAL, DT_RELA, NULL, NULL);
    dyn_entry(ctx, DT_JMPREL, DV_ADDR, 0, ctx->rela_plt, NULL);
  }
  if (ctx->rela_dyn) {
    dyn_entry(ctx, DT_RELA, DV_ADDR, 0, ctx->rela_dyn, NULL);
    dyn_entry(ctx, DT_RELASZ, DV_SIZE, 0, ctx->rela_dyn, NULL);
    dyn_entry(ctx, DT_RELAENT, DV_VAL, sizeof(Elf64_Rela), NULL, NULL);
  }
  bool symbolic = o->kind == OUT_SHARED && o->bsymbolic == BSYM_ALL;
  uint64_t flags = (symbolic ? DF_SYMBOLIC : 0) | (o->z_now ? DF_BIND_NOW : 0) |
                   (atomic_load(&ctx->static_tls) ? DF_STATIC_TLS : 0);
  if (flags) dyn_entry(ctx, DT_FLAGS, DV_VAL, flags, NULL, NULL);
  uint64_t flags1 = (o->z_now ? DF_1_NOW : 0) | (o->z_nodelete ? DF_1_NODELETE : 0) |
                    (o->z_initfirst ? DF_1_INITFIRST : 0) | (o->kind == OUT_PIE ? DF_1_PIE : 0);
  if (flags1) dyn_entry(ctx, DT_FLAGS_1, DV_VAL, flags1, NULL, NULL);
  if (ctx->verdef) {
    dyn_entry(ctx, DT_VERDEF, DV_ADDR, 0, ctx->verdef, NULL);
    dyn_entry(ctx, DT_VERDEFNUM, DV_VAL, d->nverdef, NULL, NULL);
  }
  if (ctx->verneed) {
    dyn_entry(ctx, DT_VERNEED, DV_ADDR, 0, ctx->verneed, NULL);
    dyn_entry(ctx, DT_VERNEEDNUM, DV_VAL, d->verneeds.len, NULL, NULL);
  }
  if (ctx->versym) dyn_entry(ctx, DT_VERSYM, DV_ADDR, 0, ctx->versym, NULL);
  if (ctx->rela_dyn && ctx->ndyn_relative) dyn_entry(ctx, DT_RELACOUNT, DV_VAL, ctx->ndyn_relative, NULL, NULL);
  if (ctx->relr) {
    dyn_entry(ctx, DT_RELRSZ, DV_SIZE, 0, ctx->relr, NULL);
    dyn_entry(ctx, DT_RELR, DV_ADDR, 0, ctx->relr, NULL);
    dyn_entry(ctx, DT_RELRENT, DV_VAL, 8, NULL, NULL);
  }
  dyn_entry(ctx, DT_NULL, DV_VAL, 0, NULL, NULL);
  return sizeof(Elf64_Dyn) * d->nentries;
}

static void write_dynamic(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  DynState *d = ctx->dyn;
  for (size_t i = 0; i < d->nentries; i++) {
    DynEntry *e = &d->entries[i];
    uint64_t v = e->val;
    OutputSection *o = e->kind == DV_OSEC_ADDR || e->kind == DV_OSEC_SIZE ? find_osec(ctx, e->name) : NULL;
    switch (e->kind) {
    case DV_VAL: break;
    case DV_ADDR: v = isec_addr(e->sec, 0); break;
    case DV_SIZE: v = e->sec->size; break;
    case DV_OSEC_ADDR: v = o->addr; break;
    case DV_OSEC_SIZE: v = o->size; break;
    case DV_SYM: v = sym_addr(ctx, sym_find(ctx, e->name)); break;
    }
    Elf64_Dyn dyn = {e->tag, {v}};
    memcpy(buf + sizeof(Elf64_Dyn) * i, &dyn, sizeof(dyn));
  }
}

/* ------------------------------------------------------------ creation */

/* GNU ld's "weakdef": an import whose definition in its shared object is a
 * weak data symbol brings in the object's strong symbol at the same
 * address (environ -> __environ), since copying or binding one must
 * redirect both.  `strong` maps a shared object's address to that symbol
 * (built on first use: most links never need it). */
static Symbol *strong_alias(Ctx *ctx, InputFile *f, uint32_t esym, OffMap *strong) {
  if (!strong->cap) {
    for (uint32_t k = f->first_global; k < f->nsyms; k++) {
      const ElfSym *e = &f->esyms[k];
      Symbol *t = f->syms[k];
      if (t && t->file == f && t->esym == k && e->st_shndx != SHN_UNDEF && ELF64_ST_BIND(e->st_info) == STB_GLOBAL &&
          ELF64_ST_TYPE(e->st_info) == STT_OBJECT && !offmap_find(strong, e->st_value))
        offmap_put(strong, e->st_value, t);
    }
    if (!strong->cap) offmap_put(strong, UINT64_MAX - 1, NULL); /* built, empty */
  }
  void **v = offmap_find(strong, f->esyms[esym].st_value);
  return v ? *v : NULL;
}

static void add_weakdefs(Ctx *ctx) {
  OffMap *maps = calloc(ctx->dsos.len + 1, sizeof(OffMap));
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (!sym_is_imported(s) || !(s->referenced || atomic_load(&s->needs))) continue;
    const ElfSym *e = &s->file->esyms[s->esym];
    if (ELF64_ST_BIND(e->st_info) != STB_WEAK || ELF64_ST_TYPE(e->st_info) == STT_FUNC ||
        ELF64_ST_TYPE(e->st_info) == STT_GNU_IFUNC)
      continue;
    size_t d = 0;
    while (d < ctx->dsos.len && ctx->dsos.data[d] != s->file) d++;
    Symbol *t = strong_alias(ctx, s->file, s->esym, &maps[d]);
    if (t && t != s) sym_need(t, NEEDS_DYNSYM);
  }
  for (size_t d = 0; d <= ctx->dsos.len; d++) {
    free(maps[d].keys);
    free(maps[d].vals);
  }
  free(maps);
}

/* The symbols of .dynsym: what the output imports or leaves undefined,
 * then what it defines and exports (those are hashed). */
static void collect_dynsyms(Ctx *ctx, Vec *undef, Vec *def) {
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    uint16_t needs = atomic_load(&s->needs);
    /* copied and canonical-PLT imports are found in the executable too */
    bool here = sym_is_imported(s) && (s->isec || (needs & NEEDS_CPLT));
    if (here || (s->is_exported && sym_is_defined(s))) vec_push(def, s);
    else if (sym_is_imported(s) ? s->referenced || needs : s->is_preemptible && !sym_is_defined(s))
      vec_push(undef, s);
  }
}

void create_dynamic_sections(Ctx *ctx) {
  Options *o = &ctx->opt;
  DynState *d = ctx->dyn = NEW(ctx, DynState);
  d->next_version = 2;
  dynstr_add(ctx, "", 0);
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    InputFile *f = ctx->dsos.data[i];
    if (dso_needed(f)) f->dynstr_soname = dynstr_str(ctx, f->soname);
  }
  if (o->soname) d->soname_off = dynstr_str(ctx, o->soname);
  if (o->rpaths.len) {
    size_t n = 0;
    for (size_t i = 0; i < o->rpaths.len; i++) n += strlen(o->rpaths.data[i]) + 1;
    char *p = arena_alloc(ctx_arena(ctx), n), *q = p;
    for (size_t i = 0; i < o->rpaths.len; i++) {
      size_t k = strlen(o->rpaths.data[i]);
      if (i) *q++ = ':';
      memcpy(q, o->rpaths.data[i], k);
      q += k;
    }
    d->rpath_off = dynstr_add(ctx, p, (size_t)(q - p));
  }
  create_verdefs(ctx);
  Vec undef = {0}, def = {0};
  add_weakdefs(ctx);
  collect_dynsyms(ctx, &undef, &def);
  /* the hashed part grouped by GNU hash bucket, stably */
  uint32_t ndef = (uint32_t)def.len;
  d->nbuckets = MAX(1, ndef / 4);
  uint32_t words = 1;
  while (words < ndef * 12 / 64) words *= 2;
  d->bloom_words = words;
  uint32_t *hash = malloc((ndef + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < ndef; i++) {
    size_t n;
    const char *name = dyn_name(def.data[i], &n);
    hash[i] = gnu_hash(name, n);
  }
  /* counting sort by bucket */
  uint32_t *start = calloc(d->nbuckets + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < ndef; i++) start[hash[i] % d->nbuckets + 1]++;
  for (uint32_t b = 0; b < d->nbuckets; b++) start[b + 1] += start[b];
  Symbol **sorted = malloc((ndef + 1) * sizeof(Symbol *));
  uint32_t *sorted_hash = malloc((ndef + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < ndef; i++) {
    uint32_t at = start[hash[i] % d->nbuckets]++;
    sorted[at] = def.data[i];
    sorted_hash[at] = hash[i];
  }
  vec_free(&ctx->dynsyms);
  for (size_t i = 0; i < undef.len; i++) vec_push(&ctx->dynsyms, undef.data[i]);
  for (uint32_t i = 0; i < ndef; i++) vec_push(&ctx->dynsyms, sorted[i]);
  d->first_hashed = (uint32_t)undef.len + 1;
  size_t n = ctx->dynsyms.len;
  d->info = NEW_ARRAY(ctx, DynInfo, n + 1);
  bool versioned = d->nverdef > 0;
  for (size_t i = 0; i < n; i++) {
    Symbol *s = ctx->dynsyms.data[i];
    size_t len;
    const char *name = dyn_name(s, &len);
    d->info[i].name = dynstr_add(ctx, name, len);
    d->info[i].gnu = i + 1 >= d->first_hashed ? sorted_hash[i + 1 - d->first_hashed] : 0;
    d->info[i].version = dynsym_version(ctx, s);
    versioned |= d->info[i].version > VER_NDX_GLOBAL;
    sym_aux_of(ctx, s)->dynsym = (int32_t)(i + 1);
  }
  /* glibc refuses DT_RELR unless the output needs GLIBC_ABI_DT_RELR of libc */
  for (size_t i = 0; ctx->relr && i < ctx->dsos.len; i++) {
    InputFile *f = ctx->dsos.data[i];
    if (dso_needed(f) && !strcmp(f->soname, "libc.so.6")) {
      verneed_index(ctx, f, "GLIBC_ABI_DT_RELR");
      versioned = true;
    }
  }
  free(hash);
  free(start);
  free(sorted);
  free(sorted_hash);
  vec_free(&undef);
  vec_free(&def);

  if (o->kind != OUT_SHARED && !o->static_link && o->dynamic_linker[0])
    ctx->interp = new_synthetic(ctx, ".interp", SHT_PROGBITS, SHF_ALLOC, 0, 0, strlen(o->dynamic_linker) + 1,
                                SR_INTERP, write_interp);
  uint64_t nsyms = n + 1;
  if (o->hash_style & HASH_SYSV)
    ctx->sysv_hash = new_synthetic(ctx, ".hash", SHT_HASH, SHF_ALLOC, 3, 4,
                                   4 * (2 + sysv_nbuckets(nsyms) + nsyms), SR_HASH, write_sysv_hash);
  if (o->hash_style & HASH_GNU)
    ctx->gnu_hash = new_synthetic(ctx, ".gnu.hash", SHT_GNU_HASH, SHF_ALLOC, 3, 0,
                                  16 + 8ULL * d->bloom_words + 4ULL * d->nbuckets + 4 * (nsyms - d->first_hashed),
                                  SR_GNU_HASH, write_gnu_hash);
  ctx->dynsym = new_synthetic(ctx, ".dynsym", SHT_DYNSYM, SHF_ALLOC, 3, sizeof(Elf64_Sym),
                              sizeof(Elf64_Sym) * nsyms, SR_DYNSYM, write_dynsym);
  ctx->dynstr = new_synthetic(ctx, ".dynstr", SHT_STRTAB, SHF_ALLOC, 0, 0, 0, SR_DYNSTR, write_dynstr);
  ctx->dynsym->syn->link = ctx->dynstr;
  ctx->dynsym->syn->info_count = 1; /* no local symbols */
  if (ctx->sysv_hash) ctx->sysv_hash->syn->link = ctx->dynsym;
  if (ctx->gnu_hash) ctx->gnu_hash->syn->link = ctx->dynsym;
  if (versioned) {
    ctx->versym = new_synthetic(ctx, ".gnu.version", SHT_GNU_versym, SHF_ALLOC, 1, 2, 2 * nsyms, SR_VERSYM,
                                write_versym);
    ctx->versym->syn->link = ctx->dynsym;
    if (d->nverdef) {
      ctx->verdef = new_synthetic(ctx, ".gnu.version_d", SHT_GNU_verdef, SHF_ALLOC, 3, 0, d->verdef_size, SR_VERDEF,
                                  write_verdef);
      ctx->verdef->syn->link = ctx->dynstr;
      ctx->verdef->syn->info_count = d->nverdef;
    }
  }
  if (versioned && d->verneeds.len) {
    ctx->verneed = new_synthetic(ctx, ".gnu.version_r", SHT_GNU_verneed, SHF_ALLOC, 3, 0, d->verneed_size,
                                 SR_VERNEED, write_verneed);
    ctx->verneed->syn->link = ctx->dynstr;
    ctx->verneed->syn->info_count = (uint32_t)d->verneeds.len;
  }
  ctx->dynstr->size = d->strlen; /* complete: versions were the last strings */
  ctx->dynamic = new_synthetic(ctx, ".dynamic", SHT_DYNAMIC, SHF_ALLOC | SHF_WRITE, 3, sizeof(Elf64_Dyn), 0,
                               SR_DYNAMIC, write_dynamic);
  ctx->dynamic->syn->size = size_dynamic;
  ctx->dynamic->syn->relro = true;
  ctx->dynamic->syn->link = ctx->dynstr;
}
