/*
 * input.c - turn the command line's input list into the set of files that
 * make up the link, in GNU ld's order.
 *
 * Files are mapped read-only and classified: ELF relocatable object, `ar`
 * archive (regular or thin, GNU or BSD member names, "/" or "/SYM64/"
 * index), or a linker script of the GROUP/INPUT kind.  Objects join the
 * link as they are met; an archive is searched when it is met, extracting
 * members that define a currently undefined symbol (or really define one
 * that is COMMON so far) until no more are needed, and a
 * --start-group/--end-group repeats the search of its archives until
 * nothing changes.  This is GNU ld's left-to-right rule, so a library named
 * before its users is not searched again, as with GNU ld.  The objects
 * between --start-lib and --end-lib form an archive in memory.
 *
 * Archive headers, sizes, names and the symbol index are validated here.
 */
#include "weld.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The position-dependent state of the command line, and --push-state's
 * saved copies of it. */
typedef struct {
  bool whole;
  bool is_static;
  bool as_needed;
} Flags;

typedef struct {
  Vec group;          /* Archive* in the open group */
  bool in_group;
  bool in_lib;        /* between --start-lib and --end-lib */
  Vec lib_files;      /* InputFile* of the objects met since --start-lib */
  bool whole;
  bool is_static;
  bool as_needed;
  int script_depth;
  Flags saved[16];
  int nsaved;
} LoadState;

/* an archive opened ahead by speculate() */
typedef struct SpecArchive {
  const char *path;
  MappedFile *mf;
  Archive *ar;      /* index read (quietly); its `pre` map fills up */
  bool is_archive;  /* "!<arch>" (set by open_one) */
  bool whole;
  bool used;        /* handed to load_archive */
} SpecArchive;
static SpecArchive *opened_ahead(Ctx *ctx, const char *path);
static void load_path(Ctx *ctx, LoadState *st, const char *path, const char *how);
static void load_mapped(Ctx *ctx, LoadState *st, const char *path, const char *how, MappedFile *premapped,
                        InputFile *preparsed);

/* ------------------------------------------------------------- objects */

static void add_object(Ctx *ctx, InputFile *f) {
  f->alive = true;
  vec_push(&ctx->files, f);
  if (ctx->opt.trace) fprintf(stdout, "%s\n", f->display);
  resolve_comdat(ctx, f);
  resolve_file_symbols(ctx, f);
}

/* A shared object joins once (libc.so.6 may be named by a script and by
 * path); its definitions rank below every object's. */
static void add_shared(Ctx *ctx, LoadState *st, const char *path, MappedFile *mf, const char *how) {
  if (ctx->opt.static_link && st->is_static) {
    error(ctx, "%s: attempted static link of dynamic object%s%s", path, how ? " named in " : "", how ? how : "");
    return;
  }
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    InputFile *g = ctx->dsos.data[i];
    if (g->data == mf->data) {
      if (!st->as_needed) g->as_needed = false; /* named again without --as-needed: needed */
      return;
    }
  }
  InputFile *f = parse_shared(ctx, path, mf->data, mf->size, ctx->next_priority++, false);
  if (!f) return;
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    InputFile *g = ctx->dsos.data[i];
    if (!strcmp(g->soname, f->soname)) return; /* the same library by another path */
  }
  f->as_needed = st->as_needed;
  vec_push(&ctx->dsos, f);
  if (ctx->opt.trace) fprintf(stdout, "%s\n", f->display);
  resolve_shared_symbols(ctx, f);
}

/* ------------------------------------------------------------ archives */

typedef struct {
  char name[16];
  char date[12];
  char uid[6];
  char gid[6];
  char mode[8];
  char size[10];
  char fmag[2];
} ArHdr;

static bool parse_dec(const char *p, size_t n, uint64_t *out) {
  uint64_t v = 0;
  size_t i = 0;
  while (i < n && p[i] == ' ') i++;
  if (i == n) return false;
  for (; i < n && p[i] != ' '; i++) {
    if (p[i] < '0' || p[i] > '9' || v > (UINT64_MAX - 9) / 10) return false;
    v = v * 10 + (uint64_t)(p[i] - '0');
  }
  for (; i < n; i++)
    if (p[i] != ' ') return false;
  *out = v;
  return true;
}

static uint32_t be32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint64_t be64(const uint8_t *p) { return (uint64_t)be32(p) << 32 | be32(p + 4); }

/* Reads the member header at `off`.  On success sets the member's name,
 * data offset and size (for thin archives the size of the external file).
 * Returns false after reporting an error. */
typedef struct {
  const char *name;
  uint64_t data_off, size, next;
  bool special;   /* "/", "//", "/SYM64/", "__.SYMDEF" */
} Member;

static bool read_member_q(Ctx *ctx, Archive *ar, uint64_t off, Member *m, bool quiet) {
  const uint8_t *d = ar->mf->data;
  size_t fsize = ar->mf->size;
  if (!range_ok(off, sizeof(ArHdr), fsize)) {
    if (!quiet) error(ctx, "%s: archive member header at offset 0x%llx is truncated", ar->path, (unsigned long long)off);
    return false;
  }
  ArHdr h;
  memcpy(&h, d + off, sizeof(h));
  if (h.fmag[0] != '`' || h.fmag[1] != '\n') {
    if (!quiet) error(ctx, "%s: archive member header at offset 0x%llx is corrupt (bad terminator)", ar->path,
          (unsigned long long)off);
    return false;
  }
  uint64_t size;
  if (!parse_dec(h.size, sizeof(h.size), &size)) {
    if (!quiet) error(ctx, "%s: archive member header at offset 0x%llx has an invalid size field '%.10s'", ar->path,
          (unsigned long long)off, h.size);
    return false;
  }
  m->data_off = off + sizeof(ArHdr);
  m->size = size;
  m->special = false;
  char raw[17];
  memcpy(raw, h.name, 16);
  raw[16] = 0;
  bool is_sym = !memcmp(h.name, "/               ", 16) || !memcmp(h.name, "/SYM64/         ", 16) ||
                !memcmp(h.name, "__.SYMDEF", 9);
  bool is_long = !memcmp(h.name, "//              ", 16);
  bool stored = !ar->thin || is_sym || is_long;
  if (stored && !range_ok(m->data_off, size, fsize)) {
    if (!quiet) error(ctx, "%s: archive member at offset 0x%llx: size %llu extends past the end of the archive (%zu bytes)",
          ar->path, (unsigned long long)off, (unsigned long long)size, fsize);
    return false;
  }
  uint64_t adv = stored ? size : 0;
  m->next = align_to(m->data_off + adv, 2);
  if (is_sym || is_long) {
    m->special = true;
    m->name = is_long ? "//" : "/";
    return true;
  }
  if (raw[0] == '/' && raw[1] >= '0' && raw[1] <= '9') {
    uint64_t lo;
    if (!parse_dec(raw + 1, 15, &lo) || !ar->long_names || lo >= ar->long_names_size) {
      if (!quiet) error(ctx, "%s: archive member at offset 0x%llx: long name offset '%s' is invalid", ar->path,
            (unsigned long long)off, raw);
      return false;
    }
    const char *s = ar->long_names + lo, *e = ar->long_names + ar->long_names_size;
    const char *p = s;
    while (p < e && *p != '\n' && !(*p == '/' && (p + 1 == e || p[1] == '\n'))) p++;
    m->name = arena_strndup(ctx_arena(ctx), s, (size_t)(p - s));
  } else if (!memcmp(raw, "#1/", 3)) {
    uint64_t n;
    if (!parse_dec(raw + 3, 13, &n) || n > size || !range_ok(m->data_off, n, fsize)) {
      if (!quiet) error(ctx, "%s: archive member at offset 0x%llx: BSD name length '%s' is invalid", ar->path,
            (unsigned long long)off, raw);
      return false;
    }
    m->name = arena_strndup(ctx_arena(ctx), (const char *)d + m->data_off, strnlen((const char *)d + m->data_off, n));
    m->data_off += n;
    m->size -= n;
  } else {
    int n = 16;
    while (n > 0 && raw[n - 1] == ' ') n--;
    if (n > 0 && raw[n - 1] == '/') n--;
    m->name = arena_strndup(ctx_arena(ctx), raw, (size_t)n);
  }
  return true;
}

static bool read_member(Ctx *ctx, Archive *ar, uint64_t off, Member *m) { return read_member_q(ctx, ar, off, m, false); }

static void parse_symbol_index_q(Ctx *ctx, Archive *ar, const uint8_t *p, uint64_t size, bool is64, bool quiet) {
  uint64_t w = is64 ? 8 : 4;
  if (size < w) {
    if (!quiet) error(ctx, "%s: archive symbol index is truncated", ar->path);
    return;
  }
  uint64_t n = is64 ? be64(p) : be32(p);
  uint64_t tab;
  if (mul_overflow(n, w, &tab) || tab > size - w) {
    if (!quiet) error(ctx, "%s: archive symbol index claims %llu entries but has room for %llu", ar->path,
          (unsigned long long)n, (unsigned long long)((size - w) / w));
    return;
  }
  const char *names = (const char *)p + w + tab, *end = (const char *)p + size;
  ar->nsyms = (uint32_t)n;
  ar->sym_names = NEW_ARRAY(ctx, const char *, n + 1);
  ar->sym_members = NEW_ARRAY(ctx, uint64_t, n + 1);
  ar->sym_hashes = NEW_ARRAY(ctx, uint64_t, n + 1);
  const char *s = names;
  for (uint64_t i = 0; i < n; i++) {
    const char *z = s < end ? memchr(s, 0, (size_t)(end - s)) : NULL;
    if (!z) {
      if (!quiet) error(ctx, "%s: archive symbol index: name of entry %llu runs past the end of the index", ar->path,
            (unsigned long long)i);
      ar->nsyms = 0;
      return;
    }
    uint64_t mo = is64 ? be64(p + w + i * w) : be32(p + w + i * w);
    if (mo >= ar->mf->size) {
      if (!quiet) error(ctx, "%s: archive symbol index: entry %llu (%s) points to offset 0x%llx past the end of the archive",
            ar->path, (unsigned long long)i, s, (unsigned long long)mo);
      ar->nsyms = 0;
      return;
    }
    ar->sym_names[i] = s;
    ar->sym_hashes[i] = hash_bytes(s, (size_t)(z - s));
    ar->sym_members[i] = mo;
    s = z + 1;
  }
}

static void parse_symbol_index(Ctx *ctx, Archive *ar, const uint8_t *p, uint64_t size, bool is64) {
  parse_symbol_index_q(ctx, ar, p, size, is64, false);
}

/* The symbol an index entry names, if it exists: found once after the
 * speculative closure (speculate() fills sym_ptrs), else looked up. */
static Symbol *index_sym(Ctx *ctx, Archive *ar, uint32_t i) {
  if (!ar->sym_ptrs) return sym_find_hashed(ctx, ar->sym_names[i], ar->sym_hashes[i]);
  Symbol *s = ar->sym_ptrs[i];
  /* NULL stays right as long as no symbol was created since */
  if (s || atomic_load(&ctx->symtab_count) == ar->sym_ptrs_count) return s;
  s = sym_find_hashed(ctx, ar->sym_names[i], ar->sym_hashes[i]);
  ar->sym_ptrs[i] = s;
  return s;
}

/* Looks up again the entries that named no symbol, if symbols were created
 * since: then index_sym is a plain load again. */
static void refresh_index_syms(Ctx *ctx, Archive *ar) {
  uint64_t count = atomic_load(&ctx->symtab_count);
  if (!ar->sym_ptrs || count == ar->sym_ptrs_count) return;
  for (uint32_t k = 0; k < ar->nsyms; k++)
    if (!ar->sym_ptrs[k]) ar->sym_ptrs[k] = sym_find_hashed(ctx, ar->sym_names[k], ar->sym_hashes[k]);
  ar->sym_ptrs_count = count;
}

static bool member_extracted(Archive *ar, uint64_t off) { return offmap_find(&ar->extracted, off) != NULL; }

static void mark_extracted(Archive *ar, uint64_t off) { offmap_put(&ar->extracted, off, ar); }

static const char *dir_of(Ctx *ctx, const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return ".";
  return arena_strndup(ctx_arena(ctx), path, (size_t)(slash - path));
}

static InputFile *take_preparsed(Archive *ar, uint64_t off);
static void prefetch_members(Ctx *ctx, Archive *ar);

/* Loads the member whose header is at `off` and adds it to the link.
 * `why` is the symbol it was extracted for: undefined (the reason is its
 * first reference) or COMMON (the file of the COMMON, as GNU ld's map says). */
static void extract_member(Ctx *ctx, Archive *ar, uint64_t off, Symbol *why) {
  if (member_extracted(ar, off)) return;
  mark_extracted(ar, off);
  InputFile *why_file = why ? (why->kind == SK_COMMON ? why->file : why->ref_file) : NULL;
  /* parsed ahead (headers validated then): nothing more to read.  (A thin
   * archive's members are in `pre` only if peek_member parsed them.) */
  InputFile *pre = take_preparsed(ar, off);
  if (pre) {
    pre->priority = ctx->next_priority++;
    if (!ar->lazy) pre->archive = ar; /* --start-lib objects are no archive's members (--exclude-libs, maps) */
    if (why) {
      pre->why_sym = why->name;
      pre->why_file = why_file;
    }
    add_object(ctx, pre);
    return;
  }
  Member m;
  if (!read_member(ctx, ar, off, &m)) return;
  if (m.special) {
    error(ctx, "%s: archive symbol index points to a special member at offset 0x%llx", ar->path,
          (unsigned long long)off);
    return;
  }
  const uint8_t *data;
  size_t size;
  const char *path = ar->path;
  if (ar->thin) {
    const char *mp = m.name[0] == '/' ? m.name : arena_printf(ctx_arena(ctx), "%s/%s", dir_of(ctx, ar->path), m.name);
    MappedFile *mf = map_file(ctx, mp);
    if (!mf) {
      error(ctx, "%s(%s): cannot open thin archive member %s: %s", ar->path, m.name, mp, strerror(errno));
      return;
    }
    data = mf->data;
    size = mf->size;
  } else {
    data = ar->mf->data + m.data_off;
    size = (size_t)m.size;
  }
  if (size >= 4 && !memcmp(data, "BC\xc0\xde", 4)) {
    error(ctx, "%s(%s): is LLVM bitcode (-flto); weld does not do link-time optimisation: rebuild without -flto",
          path, m.name);
    return;
  }
  InputFile *f = parse_object(ctx, path, m.name, data, size, ctx->next_priority++);
  if (!f) return;
  f->archive = ar;
  if (why) {
    f->why_sym = why->name;
    f->why_file = why_file;
  }
  add_object(ctx, f);
}

/* The member at `off`, parsed quietly to read its symbol table before it
 * is known whether it is extracted, and kept in `pre` for extract_member;
 * NULL if it does not parse (an extraction parses it again and reports). */
static InputFile *peek_member(Ctx *ctx, Archive *ar, uint64_t off) {
  void **slot = offmap_find(&ar->pre, off);
  if (slot && *slot) return *slot; /* parsed ahead (NULL: it failed, or was only reserved) */
  InputFile *f = NULL;
  Member m;
  if (read_member_q(ctx, ar, off, &m, true) && !m.special) {
    const uint8_t *data = ar->mf->data + m.data_off;
    size_t size = (size_t)m.size;
    if (ar->thin) {
      const char *mp = m.name[0] == '/' ? m.name : arena_printf(ctx_arena(ctx), "%s/%s", dir_of(ctx, ar->path), m.name);
      MappedFile *mf = map_file(ctx, mp);
      data = mf ? mf->data : NULL;
      size = mf ? mf->size : 0;
    }
    if (data && size >= 4 && memcmp(data, "BC\xc0\xde", 4))
      f = parse_object_quiet(ctx, ar->path, m.name, data, size, 0, true);
  }
  offmap_put(&ar->pre, off, f);
  return f;
}

/* Whether index entry i's member really defines the entry's name: GNU
 * ld's rule for a symbol that is COMMON so far (elflink.c,
 * elf_link_is_defined_archive_symbol).  ar's index lists COMMON symbols
 * too, so the member's own symbol table decides: a global (or
 * STB_GNU_UNIQUE) definition that is not a function, not weak, not
 * another COMMON and not in a processor-specific section counts (an
 * absolute one does).  So a member is not extracted to replace one COMMON
 * by another, nor by a weak definition or a function. */
static bool member_defines_data(Ctx *ctx, Archive *ar, uint32_t i) {
  if (!ar->defines_data) ar->defines_data = NEW_ARRAY(ctx, uint8_t, ar->nsyms + 1);
  if (ar->defines_data[i]) return ar->defines_data[i] == 2;
  bool yes = false;
  InputFile *f = peek_member(ctx, ar, ar->sym_members[i]);
  for (uint32_t k = f ? f->first_global : 0; f && k < f->nsyms; k++) {
    if (strcmp(ar->lazy ? global_name(f, k) : esym_name(f, k), ar->sym_names[i])) continue;
    const ElfSym *es = &f->esyms[k];
    int bind = ELF64_ST_BIND(es->st_info);
    uint16_t sh = es->st_shndx;
    yes = (bind == STB_GLOBAL || bind >= STB_LOOS) && ELF64_ST_TYPE(es->st_info) != STT_FUNC && sh != SHN_UNDEF &&
          sh != SHN_COMMON && !(sh >= SHN_LORESERVE && sh < SHN_ABS); /* SHN_X86_64_LCOMMON is in that range */
    break;
  }
  ar->defines_data[i] = yes ? 2 : 1;
  return yes;
}

/* ------------------------------------------- speculative member parsing */

/* Members that an archive search is about to extract are parsed in
 * parallel first; the search itself then runs serially in GNU ld's order
 * and picks the parsed files up.  A member parsed but not extracted costs
 * only time; a malformed one is parsed again, with messages, if extracted. */
static InputFile *take_preparsed(Archive *ar, uint64_t off) {
  void **slot = offmap_find(&ar->pre, off);
  if (!slot) return NULL;
  InputFile *f = *slot;
  *slot = NULL;
  return f;
}

typedef struct {
  Archive **ars;
  uint64_t *offs;
  InputFile **out;
} SpecJob;

static void parse_speculative(Ctx *ctx, void *arg, size_t i) {
  SpecJob *j = arg;
  Archive *ar = j->ars[i];
  Member m;
  j->out[i] = NULL;
  if (!read_member_q(ctx, ar, j->offs[i], &m, true) || m.special) return;
  const uint8_t *data = ar->mf->data + m.data_off;
  if (m.size < 4 || !memcmp(data, "BC\xc0\xde", 4)) return;
  j->out[i] = parse_object_quiet(ctx, ar->path, m.name, data, (size_t)m.size, 0, true);
}

/* Parses the members (ars[i], offs[i]) in parallel, interns their symbols
 * and files them in their archive's `pre` map, where a reservation (NULL)
 * must already be.  Returns the parsed files (NULL for a failure), malloc'd. */
static InputFile **parse_members(Ctx *ctx, Archive **ars, uint64_t *offs, size_t n) {
  SpecJob j = {ars, offs, calloc(n ? n : 1, sizeof(InputFile *))};
  par_for(ctx, n, 1, parse_speculative, &j);
  intern_files_parallel(ctx, j.out, n);
  for (size_t i = 0; i < n; i++) offmap_put(&ars[i]->pre, offs[i], j.out[i]); /* fills the reservation */
  return j.out;
}

static void prefetch_members(Ctx *ctx, Archive *ar) {
  if (ar->thin || ar->lazy || ctx->nthreads < 2) return;
  Vec offs = {0};
  for (uint32_t i = 0; i < ar->nsyms; i++) {
    uint64_t off = ar->sym_members[i];
    Symbol *s = index_sym(ctx, ar, i);
    if (!s || s->kind != SK_UNDEF || !s->strong_ref) continue;
    if (member_extracted(ar, off) || offmap_find(&ar->pre, off)) continue;
    offmap_put(&ar->pre, off, NULL); /* reserve: no duplicates in this batch */
    vec_push(&offs, (void *)(uintptr_t)off);
  }
  if (offs.len < 2) {
    vec_free(&offs);
    return;
  }
  Archive **ars = malloc(offs.len * sizeof(Archive *));
  uint64_t *o = malloc(offs.len * sizeof(uint64_t));
  for (size_t i = 0; i < offs.len; i++) {
    ars[i] = ar;
    o[i] = (uint64_t)(uintptr_t)offs.data[i];
  }
  free(parse_members(ctx, ars, o, offs.len));
  free(ars);
  free(o);
  vec_free(&offs);
}

/* One search of an archive: extract members for undefined symbols, and
 * for COMMON symbols the members that really define them, until nothing
 * changes.  Returns whether anything was extracted. */
static bool search_archive(Ctx *ctx, Archive *ar) {
  bool any = false;
  for (;;) {
    bool changed = false;
    refresh_index_syms(ctx, ar);
    prefetch_members(ctx, ar);
    for (uint32_t i = 0; i < ar->nsyms; i++) {
      Symbol *s = index_sym(ctx, ar, i);
      if (!s) continue;
      bool undef = s->kind == SK_UNDEF && s->strong_ref;
      if (!undef && s->kind != SK_COMMON) continue;
      if (member_extracted(ar, ar->sym_members[i])) continue;
      if (!undef && !member_defines_data(ctx, ar, i)) continue;
      extract_member(ctx, ar, ar->sym_members[i], s);
      changed = true;
      if (atomic_load(&ctx->nerrors)) return any;
    }
    if (!changed) return any;
    any = true;
  }
}

static void load_archive(Ctx *ctx, LoadState *st, MappedFile *mf, bool thin, Archive *opened) {
  Archive *ar = opened ? opened : NEW(ctx, Archive);
  ar->path = mf->path;
  ar->mf = mf;
  ar->thin = thin;
  ar->whole = st->whole;
  ar->priority_base = ctx->next_priority; /* files after this one joined later */
  vec_push(&ctx->archives, ar);
  if (!opened && !thin) madvise((void *)mf->data, mf->size, MADV_POPULATE_READ); /* see open_one */

  /* walk the headers: find the index and long-name table; validate all */
  uint64_t off = 8;
  const uint8_t *index = NULL;
  uint64_t index_size = 0;
  bool index64 = false;
  Vec members = {0};
  uint64_t count = 0;
  while (off < mf->size) {
    if (mf->size - off == 1 && mf->data[off] == '\n') break;
    Member m;
    if (!read_member(ctx, ar, off, &m)) return;
    if (m.special && !strcmp(m.name, "//")) {
      ar->long_names = (const char *)mf->data + m.data_off;
      ar->long_names_size = (size_t)m.size;
    } else if (m.special) {
      if (!index) {
        index = mf->data + m.data_off;
        index_size = m.size;
        index64 = !memcmp(mf->data + off, "/SYM64/", 7);
        if (!memcmp(mf->data + off, "__.SYMDEF", 9)) index = NULL; /* BSD index: rebuild below */
      }
    } else if (st->whole || !index) {
      vec_push(&members, (void *)(uintptr_t)off);
    } else {
      /* the index and the long-name table precede the members: with an
       * index, members are read only when they are extracted */
      break;
    }
    count++;
    if (m.next <= off) break;
    off = m.next;
  }

  if (st->whole) {
    for (size_t i = 0; i < members.len && !atomic_load(&ctx->nerrors); i++)
      extract_member(ctx, ar, (uint64_t)(uintptr_t)members.data[i], NULL);
    vec_free(&members);
    return;
  }

  if (index) {
    if (!ar->sym_names) parse_symbol_index(ctx, ar, index, index_size, index64); /* else read by open_one() */
  } else {
    /* no index (ar without 's'): build one from the members' symbol tables */
    Vec names = {0}, offs = {0};
    for (size_t i = 0; i < members.len; i++) {
      uint64_t moff = (uint64_t)(uintptr_t)members.data[i];
      Member m;
      if (!read_member(ctx, ar, moff, &m)) break;
      const uint8_t *data = ar->mf->data + m.data_off;
      size_t size = (size_t)m.size;
      if (ar->thin) {
        const char *mp = m.name[0] == '/' ? m.name : arena_printf(ctx_arena(ctx), "%s/%s", dir_of(ctx, ar->path), m.name);
        MappedFile *mmf = map_file(ctx, mp);
        if (!mmf) {
          error(ctx, "%s(%s): cannot open thin archive member %s: %s", ar->path, m.name, mp, strerror(errno));
          break;
        }
        data = mmf->data;
        size = mmf->size;
      }
      InputFile *f = parse_object(ctx, ar->path, m.name, data, size, 0);
      if (!f) break;
      for (uint32_t k = f->first_global; k < f->nsyms; k++)
        if (esym_shndx(f, k) != SHN_UNDEF) {
          vec_push(&names, (void *)esym_name(f, k));
          vec_push(&offs, (void *)(uintptr_t)moff);
        }
    }
    ar->nsyms = (uint32_t)names.len;
    ar->sym_names = NEW_ARRAY(ctx, const char *, names.len + 1);
    ar->sym_members = NEW_ARRAY(ctx, uint64_t, names.len + 1);
    ar->sym_hashes = NEW_ARRAY(ctx, uint64_t, names.len + 1);
    for (size_t i = 0; i < names.len; i++) {
      ar->sym_names[i] = names.data[i];
      ar->sym_members[i] = (uint64_t)(uintptr_t)offs.data[i];
      ar->sym_hashes[i] = hash_str(ar->sym_names[i]);
    }
    vec_free(&names);
    vec_free(&offs);
  }
  vec_free(&members);
  (void)count;
  if (atomic_load(&ctx->nerrors)) return;
  if (st->in_group) vec_push(&st->group, ar);
  search_archive(ctx, ar);
}

/* ------------------------------------------------------ linker scripts */

typedef struct {
  const char *p, *end;
  const char *path;
} Lexer;

/* Returns the next token: a word, or one of "(" ")" ","; NULL at the end. */
static const char *lex(Ctx *ctx, Lexer *lx) {
  for (;;) {
    while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' || *lx->p == '\n' || *lx->p == '\r')) lx->p++;
    if (lx->p + 1 < lx->end && lx->p[0] == '/' && lx->p[1] == '*') {
      const char *e = lx->p + 2;
      while (e + 1 < lx->end && !(e[0] == '*' && e[1] == '/')) e++;
      if (e + 1 >= lx->end) fatal(ctx, "%s: unterminated comment in linker script", lx->path);
      lx->p = e + 2;
      continue;
    }
    break;
  }
  if (lx->p >= lx->end) return NULL;
  char c = *lx->p;
  if (c == '(' || c == ')' || c == ',' || c == ';') {
    lx->p++;
    return c == '(' ? "(" : c == ')' ? ")" : c == ',' ? "," : ";";
  }
  if (c == '"') {
    const char *s = ++lx->p;
    while (lx->p < lx->end && *lx->p != '"') lx->p++;
    if (lx->p >= lx->end) fatal(ctx, "%s: unterminated string in linker script", lx->path);
    return arena_strndup(ctx_arena(ctx), s, (size_t)(lx->p++ - s));
  }
  const char *s = lx->p;
  /* a NUL byte is part of a word: strchr() would match the terminator,
   * and an empty token that does not advance loops for ever */
  while (lx->p < lx->end && (!*lx->p || !strchr(" \t\r\n(),;\"", *lx->p))) lx->p++;
  return arena_strndup(ctx_arena(ctx), s, (size_t)(lx->p - s));
}

static void expect(Ctx *ctx, Lexer *lx, const char *what) {
  const char *t = lex(ctx, lx);
  if (!t || strcmp(t, what)) fatal(ctx, "%s: linker script: expected '%s' but found '%s'", lx->path, what, t ? t : "end of file");
}

static void load_lib(Ctx *ctx, LoadState *st, const char *name, InputItem *it);

static void script_file(Ctx *ctx, LoadState *st, Lexer *lx, const char *t) {
  if (!strncmp(t, "-l", 2)) {
    load_lib(ctx, st, t + 2, NULL);
    return;
  }
  const char *path = t;
  if (t[0] == '/' && ctx->opt.sysroot) {
    const char *sp = arena_printf(ctx_arena(ctx), "%s%s", ctx->opt.sysroot, t);
    if (access(sp, F_OK) == 0) path = sp;
  } else if (t[0] != '/' && access(t, F_OK) != 0) {
    /* relative names are looked up next to the script, then in -L dirs */
    const char *rel = arena_printf(ctx_arena(ctx), "%s/%s", dir_of(ctx, lx->path), t);
    if (access(rel, F_OK) == 0) path = rel;
    else
      for (size_t i = 0; i < ctx->opt.lib_paths.len; i++) {
        const char *c = arena_printf(ctx_arena(ctx), "%s/%s", (const char *)ctx->opt.lib_paths.data[i], t);
        if (access(c, F_OK) == 0) {
          path = c;
          break;
        }
      }
  }
  load_path(ctx, st, path, lx->path);
}

static void script_list(Ctx *ctx, LoadState *st, Lexer *lx) {
  expect(ctx, lx, "(");
  for (;;) {
    const char *t = lex(ctx, lx);
    if (!t) fatal(ctx, "%s: linker script: missing ')'", lx->path);
    if (!strcmp(t, ")")) return;
    if (!strcmp(t, ",")) continue;
    if (!strcmp(t, "AS_NEEDED")) {
      bool saved = st->as_needed;
      st->as_needed = true;
      script_list(ctx, st, lx);
      st->as_needed = saved;
      continue;
    }
    script_file(ctx, st, lx, t);
    if (atomic_load(&ctx->nerrors)) return;
  }
}

static void skip_parens(Ctx *ctx, Lexer *lx) {
  expect(ctx, lx, "(");
  int depth = 1;
  while (depth) {
    const char *t = lex(ctx, lx);
    if (!t) fatal(ctx, "%s: linker script: missing ')'", lx->path);
    if (!strcmp(t, "(")) depth++;
    if (!strcmp(t, ")")) depth--;
  }
}

static void group_begin(Ctx *ctx, LoadState *st);
static void group_end(Ctx *ctx, LoadState *st);

static void load_script(Ctx *ctx, LoadState *st, MappedFile *mf) {
  if (++st->script_depth > 16) fatal(ctx, "%s: linker scripts nested too deeply", mf->path);
  Lexer lx = {(const char *)mf->data, (const char *)mf->data + mf->size, mf->path};
  const char *t;
  while ((t = lex(ctx, &lx))) {
    if (!strcmp(t, ";")) continue;
    if (!strcmp(t, "GROUP")) {
      bool outer = st->in_group;
      if (!outer) group_begin(ctx, st);
      script_list(ctx, st, &lx);
      if (!outer) group_end(ctx, st);
    } else if (!strcmp(t, "INPUT")) {
      script_list(ctx, st, &lx);
    } else if (!strcmp(t, "OUTPUT_FORMAT") || !strcmp(t, "OUTPUT_ARCH") || !strcmp(t, "TARGET")) {
      skip_parens(ctx, &lx);
    } else if (!strcmp(t, "SEARCH_DIR")) {
      expect(ctx, &lx, "(");
      const char *d = lex(ctx, &lx);
      if (!d || !strcmp(d, ")")) fatal(ctx, "%s: linker script: SEARCH_DIR needs a directory", mf->path);
      vec_push(&ctx->opt.lib_paths, (void *)d);
      expect(ctx, &lx, ")");
    } else {
      fatal(ctx, "%s: linker script command '%s' is not supported (weld reads GROUP, INPUT, AS_NEEDED, "
                 "OUTPUT_FORMAT and SEARCH_DIR scripts only)", mf->path, t);
    }
    if (atomic_load(&ctx->nerrors)) break;
  }
  st->script_depth--;
}

/* --------------------------------------------------------------- files */

static bool looks_like_text(const uint8_t *p, size_t n) {
  if (n == 0) return false;
  for (size_t i = 0; i < n && i < 4096; i++)
    if (p[i] == 0 || (p[i] < 32 && !strchr("\t\n\r\f", p[i]))) return false;
  return true;
}

static void load_path(Ctx *ctx, LoadState *st, const char *path, const char *how) { load_mapped(ctx, st, path, how, NULL, NULL); }

static void load_mapped(Ctx *ctx, LoadState *st, const char *path, const char *how, MappedFile *premapped,
                        InputFile *preparsed) {
  if (preparsed) {
    preparsed->priority = ctx->next_priority++;
    add_object(ctx, preparsed);
    return;
  }
  Archive *opened = NULL;
  SpecArchive *sa = opened_ahead(ctx, path);
  if (sa) {
    premapped = sa->mf;
    opened = sa->is_archive ? sa->ar : NULL;
  }
  MappedFile *mf = premapped ? premapped : map_file(ctx, path);
  if (!mf) {
    if (how) error(ctx, "cannot open %s (named in %s): %s", path, how, strerror(errno));
    else error(ctx, "cannot open %s: %s", path, strerror(errno));
    return;
  }
  const uint8_t *d = mf->data;
  if (mf->size >= 8 && !memcmp(d, "!<arch>\n", 8)) {
    load_archive(ctx, st, mf, false, opened);
  } else if (mf->size >= 8 && !memcmp(d, "!<thin>\n", 8)) {
    load_archive(ctx, st, mf, true, NULL);
  } else if (mf->size >= sizeof(Elf64_Ehdr) && !memcmp(d, ELFMAG, 4) && rd16(d + 16) == ET_DYN) {
    add_shared(ctx, st, path, mf, how);
  } else if (mf->size >= 4 && !memcmp(d, ELFMAG, 4)) {
    InputFile *f = parse_object(ctx, path, NULL, d, mf->size, ctx->next_priority++);
    if (f) add_object(ctx, f);
  } else if (mf->size >= 4 && !memcmp(d, "BC\xc0\xde", 4)) {
    error(ctx, "%s: is LLVM bitcode (-flto); weld does not do link-time optimisation: rebuild without -flto", path);
  } else if (looks_like_text(d, mf->size)) {
    load_script(ctx, st, mf);
  } else {
    error(ctx, "%s: unknown file type (not an ELF object, archive or linker script)", path);
  }
}

static bool file_exists(const char *p) {
  struct stat s;
  return stat(p, &s) == 0 && S_ISREG(s.st_mode);
}

/* The file that -lNAME (or -l:NAME) names, searching the -L directories in
 * order, libNAME.so before libNAME.a in each unless -Bstatic is in effect;
 * NULL if there is none. */
static const char *find_lib(Ctx *ctx, const char *name, bool is_static) {
  Options *o = &ctx->opt;
  bool exact = name[0] == ':';
  for (size_t i = 0; i < o->lib_paths.len; i++) {
    const char *dir = o->lib_paths.data[i];
    if (dir[0] == '=' && o->sysroot) dir = arena_printf(ctx_arena(ctx), "%s%s", o->sysroot, dir + 1);
    if (exact) {
      const char *p = arena_printf(ctx_arena(ctx), "%s/%s", dir, name + 1);
      if (file_exists(p)) return p;
      continue;
    }
    if (!is_static) {
      const char *p = arena_printf(ctx_arena(ctx), "%s/lib%s.so", dir, name);
      if (file_exists(p)) return p;
    }
    const char *a = arena_printf(ctx_arena(ctx), "%s/lib%s.a", dir, name);
    if (file_exists(a)) return a;
  }
  return NULL;
}

/* Loads what -lNAME names; `it` is its command-line item (NULL for a -l
 * in a linker script), whose lookup input_bytes() may have done already. */
static void load_lib(Ctx *ctx, LoadState *st, const char *name, InputItem *it) {
  Options *o = &ctx->opt;
  bool exact = name[0] == ':';
  const char *path;
  if (it && it->lib_dirs && it->lib_dirs == o->lib_paths.len && it->lib_static == st->is_static)
    path = it->lib_path;
  else
    path = find_lib(ctx, name, st->is_static);
  if (path) {
    size_t before = ctx->archives.len;
    load_path(ctx, st, path, NULL);
    if (!exact && ctx->archives.len > before)
      ((Archive *)ctx->archives.data[before])->lib_arg = arena_printf(ctx_arena(ctx), "-l%s", name);
    return;
  }
  if (o->lib_paths.len == 0)
    error(ctx, "cannot find -l%s: no library search path was given (-L)", name);
  else
    error(ctx, "cannot find -l%s (searched %zu -L directories for %s%s)", name, o->lib_paths.len,
          exact ? "" : "lib", exact ? name + 1 : arena_printf(ctx_arena(ctx), st->is_static ? "%s.a" : "%s.so or .a", name));
}

static void group_begin(Ctx *ctx, LoadState *st) {
  (void)ctx;
  st->in_group = true;
  st->group.len = 0;
}

static void group_end(Ctx *ctx, LoadState *st) {
  /* repeat the search of the group's archives until nothing changes */
  bool changed = true;
  while (changed && !atomic_load(&ctx->nerrors)) {
    changed = false;
    for (size_t i = 0; i < st->group.len; i++)
      if (search_archive(ctx, st->group.data[i])) changed = true;
  }
  st->in_group = false;
  st->group.len = 0;
}

/* ------------------------------------------------ --start-lib objects */

/* An object between --start-lib and --end-lib: kept aside (parsed, its
 * symbols not yet in the link) instead of joining.  False if the input is
 * not a relocatable object (an archive, a shared object, a script: those
 * load as usual). */
static bool lazy_object(Ctx *ctx, LoadState *st, InputItem *it) {
  MappedFile *mf = it->mf;
  if (!mf || mf->size < 4 || memcmp(mf->data, ELFMAG, 4)) return false;
  if (mf->size >= sizeof(Elf64_Ehdr) && rd16(mf->data + 16) == ET_DYN) return false;
  InputFile *f = it->pre ? it->pre : parse_object(ctx, it->arg, NULL, mf->data, mf->size, 0);
  if (f) vec_push(&st->lib_files, f);
  return true;
}

/* --end-lib: the objects since --start-lib become the members of an archive
 * in memory, searched here like an archive met at this point (GNU ld's
 * order: what is undefined now extracts, a later reference does not), with
 * an index of each object's defined global names in command-line order, as
 * `ar rcs` would write it.  A group (--start-group) searches it again.
 * --whole-archive does not extract them all, as in lld and mold. */
static void lib_end(Ctx *ctx, LoadState *st) {
  st->in_lib = false;
  size_t n = st->lib_files.len, nsyms = 0;
  if (!n) return;
  for (size_t i = 0; i < n; i++) {
    InputFile *f = st->lib_files.data[i];
    for (uint32_t k = f->first_global; k < f->nsyms; k++) nsyms += esym_shndx(f, k) != SHN_UNDEF;
  }
  Archive *ar = NEW(ctx, Archive);
  ar->path = "--start-lib";
  ar->lazy = true; /* --whole-archive does not apply (lld, mold) */
  ar->priority_base = ctx->next_priority;
  ar->sym_names = NEW_ARRAY(ctx, const char *, nsyms + 1);
  ar->sym_members = NEW_ARRAY(ctx, uint64_t, nsyms + 1);
  ar->sym_hashes = NEW_ARRAY(ctx, uint64_t, nsyms + 1);
  for (size_t i = 0; i < n; i++) {
    InputFile *f = st->lib_files.data[i];
    offmap_put(&ar->pre, i, f);
    for (uint32_t k = f->first_global; k < f->nsyms; k++) {
      if (esym_shndx(f, k) == SHN_UNDEF) continue;
      const char *name = global_name(f, k); /* foo@@V defines foo */
      ar->sym_names[ar->nsyms] = name;
      ar->sym_hashes[ar->nsyms] = f->sym_hashes ? f->sym_hashes[k - f->first_global] : hash_str(name);
      ar->sym_members[ar->nsyms++] = i;
    }
  }
  st->lib_files.len = 0;
  if (st->in_group) vec_push(&st->group, ar);
  search_archive(ctx, ar);
}

typedef struct {
  InputItem **items;
} PreJob;

static void preparse_one(Ctx *ctx, void *arg, size_t i) {
  InputItem *it = ((PreJob *)arg)->items[i];
  it->pre = parse_object_quiet(ctx, it->arg, NULL, it->mf->data, it->mf->size, 0, true);
}

/* The objects named on the command line are mapped up front and parsed in
 * parallel; they still join the link one by one, in order.  A malformed
 * one is parsed again when its turn comes, to report the error. */
static void preparse_objects(Ctx *ctx) {
  Vec objs = {0};
  for (size_t i = 0; i < ctx->opt.inputs.len; i++) {
    InputItem *it = ctx->opt.inputs.data[i];
    if (it->kind != IN_FILE) continue;
    it->mf = map_file(ctx, it->arg);
    if (it->mf && it->mf->size >= 4 && !memcmp(it->mf->data, ELFMAG, 4)) vec_push(&objs, it);
  }
  if (ctx->nthreads > 1 && objs.len > 1) {
    PreJob j = {(InputItem **)objs.data};
    par_for(ctx, objs.len, 4, preparse_one, &j);
    InputFile **files = calloc(objs.len, sizeof(InputFile *));
    for (size_t i = 0; i < objs.len; i++) files[i] = ((InputItem *)objs.data[i])->pre;
    intern_files_parallel(ctx, files, objs.len);
    free(files);
  }
  vec_free(&objs);
}

/* ------------------------------------------------ speculative closure */

/* The search follows GNU ld's order one member at a time, so parsing what
 * it extracts would be serial.  Before it starts, the members it is likely
 * to extract are parsed in parallel: every archive of the command line is
 * opened and its index read, then, in waves, the members that define a
 * symbol some parsed file needs and no parsed file defines (taking the
 * first archive in command-line order that has it) are parsed and their
 * symbols interned, until a wave asks for nothing new.  This is a guess
 * and never changes the result: the search takes parsed members from
 * Archive.pre when it extracts them and parses any other itself; a member
 * guessed wrongly costs time and memory only. */

static SpecArchive *opened_ahead(Ctx *ctx, const char *path) {
  for (size_t i = 0; i < ctx->spec_archives.len; i++) {
    SpecArchive *sa = ctx->spec_archives.data[i];
    if (!sa->used && !strcmp(sa->path, path)) {
      sa->used = true;
      return sa;
    }
  }
  return NULL;
}

/* Reads the long-name table and the symbol index without messages: the
 * real load validates again and reports.  False if there is no usable
 * ("/" or "/SYM64/") index. */
static bool read_index_quiet(Ctx *ctx, Archive *ar) {
  MappedFile *mf = ar->mf;
  uint64_t off = 8;
  while (off < mf->size) {
    Member m;
    if (!read_member_q(ctx, ar, off, &m, true) || !m.special) break;
    if (!strcmp(m.name, "//")) {
      ar->long_names = (const char *)mf->data + m.data_off;
      ar->long_names_size = (size_t)m.size;
    } else if (!ar->sym_names && memcmp(mf->data + off, "__.SYMDEF", 9)) {
      parse_symbol_index_q(ctx, ar, mf->data + m.data_off, m.size, !memcmp(mf->data + off, "/SYM64/", 7), true);
      if (!ar->nsyms) ar->sym_names = NULL; /* malformed: the real load says why */
      if (!ar->sym_names) return false;
    }
    if (m.next <= off) break;
    off = m.next;
  }
  return ar->sym_names != NULL;
}

/* Which member defines a name first: name hash -> archive number and
 * member offset, the lowest (earliest) winning.  Keyed by the 64-bit hash
 * alone: a collision only makes a wrong guess. */
#define SPEC_OFF_BITS 44

typedef struct {
  _Atomic uint64_t *keys; /* hash | 1; 0 is empty */
  _Atomic uint64_t *vals;  /* member + 1; 0 while none */
  uint64_t mask;
} DefTable;

static void deftab_put(DefTable *t, uint64_t h, uint64_t v) {
  uint64_t k = h | 1;
  for (uint64_t j = (h >> 11) & t->mask;; j = (j + 1) & t->mask) {
    uint64_t cur = atomic_load_explicit(&t->keys[j], memory_order_relaxed);
    if (!cur && atomic_compare_exchange_strong(&t->keys[j], &cur, k)) cur = k;
    if (cur != k) continue;
    uint64_t old = atomic_load_explicit(&t->vals[j], memory_order_relaxed);
    while ((!old || v + 1 < old) && !atomic_compare_exchange_weak(&t->vals[j], &old, v + 1))
      ;
    return;
  }
}

static uint64_t deftab_get(DefTable *t, uint64_t h) {
  uint64_t k = h | 1;
  for (uint64_t j = (h >> 11) & t->mask;; j = (j + 1) & t->mask) {
    uint64_t cur = atomic_load_explicit(&t->keys[j], memory_order_relaxed);
    if (!cur) return UINT64_MAX;
    if (cur == k) return atomic_load_explicit(&t->vals[j], memory_order_relaxed) - 1;
  }
}

typedef struct {
  SpecArchive **sas;
  DefTable defs;
  InputFile **files; /* the wave whose references are collected */
  Vec *found;        /* per thread: packed definer values */
} SpecState;

static void open_one(Ctx *ctx, void *arg, size_t i) {
  SpecArchive *sa = ((SpecState *)arg)->sas[i];
  /* Map the whole archive now, in one call and in parallel: a link reads
   * most of its pages, and a page fault per 64 KiB costs more (the
   * members' headers alone are spread over all of them). */
  madvise((void *)sa->mf->data, sa->mf->size, MADV_POPULATE_READ);
  sa->is_archive = !memcmp(sa->mf->data, "!<arch>\n", 8); /* only now: a first touch costs */
  if (!sa->is_archive || !read_index_quiet(ctx, sa->ar) || sa->ar->mf->size >> SPEC_OFF_BITS) sa->ar->sym_names = NULL;
}

static void define_one(Ctx *ctx, void *arg, size_t i) {
  SpecState *st = arg;
  Archive *ar = st->sas[i]->ar;
  if (!ar->sym_names || st->sas[i]->whole) return;
  for (uint32_t k = 0; k < ar->nsyms; k++)
    deftab_put(&st->defs, ar->sym_hashes[k], (uint64_t)i << SPEC_OFF_BITS | ar->sym_members[k]);
}

/* The strong undefined references of one parsed file: each symbol asks
 * once for the member that defines it. */
static void collect_one(Ctx *ctx, void *arg, size_t i) {
  SpecState *st = arg;
  InputFile *f = st->files[i];
  if (!f || !f->syms || !f->sym_hashes) return;
  Vec *out = &st->found[worker_id()];
  for (uint32_t k = f->first_global; k < f->nsyms; k++) {
    Symbol *s = f->syms[k];
    if (!s || ELF64_ST_BIND(f->esyms[k].st_info) == STB_WEAK || esym_shndx(f, k) != SHN_UNDEF) continue;
    if (atomic_load_explicit(&s->spec, memory_order_relaxed) & (SPEC_DEF | SPEC_REQ)) continue;
    if (atomic_fetch_or(&s->spec, SPEC_REQ) & SPEC_REQ) continue;
    uint64_t v = deftab_get(&st->defs, f->sym_hashes[k - f->first_global]);
    if (v != UINT64_MAX) vec_push(out, (void *)(uintptr_t)v);
  }
}

/* Most index entries name symbols that exist by now: look them up once,
 * in parallel, instead of in every serial search pass. */
static void cache_index_syms(Ctx *ctx, void *arg, size_t i) {
  Archive *ar = ((SpecState *)arg)->sas[i]->ar;
  if (!ar->sym_names) return;
  ar->sym_ptrs = NEW_ARRAY(ctx, Symbol *, ar->nsyms + 1);
  for (uint32_t k = 0; k < ar->nsyms; k++) ar->sym_ptrs[k] = sym_find_hashed(ctx, ar->sym_names[k], ar->sym_hashes[k]);
  ar->sym_ptrs_count = atomic_load(&ctx->symtab_count);
}

/* Reserves member `off` of archive `sa` for the next wave unless it was
 * asked for before. */
static void want_member(SpecArchive *sa, uint64_t off, Vec *ars, Vec *offs) {
  if (offmap_find(&sa->ar->pre, off)) return;
  offmap_put(&sa->ar->pre, off, NULL);
  vec_push(ars, sa->ar);
  vec_push(offs, (void *)(uintptr_t)off);
}

/* Bytes of the command line's input files and, of those, archives (as
 * -l finds them; linker scripts count as their own size).  Sizes the work
 * before any file is read: small links run on one thread, and the
 * speculative closure runs only when there is much archive data. */
uint64_t input_bytes(Ctx *ctx, uint64_t *archive_bytes) {
  uint64_t total = 0, ar = 0;
  bool is_static = false;
  for (size_t i = 0; i < ctx->opt.inputs.len; i++) {
    InputItem *it = ctx->opt.inputs.data[i];
    const char *path = NULL;
    if (it->kind == IN_FILE) {
      path = it->arg;
    } else if (it->kind == IN_LIB) {
      path = it->lib_path = find_lib(ctx, it->arg, is_static);
      it->lib_dirs = ctx->opt.lib_paths.len;
      it->lib_static = is_static;
    } else if (it->kind == IN_STATIC) is_static = true;
    else if (it->kind == IN_DYNAMIC) is_static = false;
    struct stat st;
    if (!path || stat(path, &st) != 0) continue;
    total += (uint64_t)st.st_size;
    size_t n = strlen(path);
    if (n > 2 && !strcmp(path + n - 2, ".a")) ar += (uint64_t)st.st_size;
  }
  if (archive_bytes) *archive_bytes = ar;
  return total;
}

#define SPECULATE_MIN (32u << 20) /* archive bytes; below, the closure costs more than it saves */

/* WELD_SPECULATE=always|never overrides the size rule (tests run every
 * link through the speculative path with it). */
int speculate_override(void) {
  const char *e = getenv("WELD_SPECULATE");
  return !e ? 0 : !strcmp(e, "always") ? 1 : !strcmp(e, "never") ? -1 : 0;
}

static void speculate(Ctx *ctx) {
  int force = speculate_override();
  if (ctx->nthreads < 2 || force < 0 || (!force && ctx->archive_bytes < SPECULATE_MIN)) return;
  /* the archives of the command line, in order */
  bool whole = false;
  for (size_t i = 0; i < ctx->opt.inputs.len; i++) {
    InputItem *it = ctx->opt.inputs.data[i];
    const char *path = NULL;
    MappedFile *mf = NULL;
    switch (it->kind) {
    case IN_FILE: path = it->arg; mf = it->mf; break;
    case IN_LIB:
      path = it->lib_path; /* input_bytes() looked it up */
      if (path) mf = map_file(ctx, path);
      break;
    case IN_WHOLE_ON: whole = true; break;
    case IN_WHOLE_OFF: whole = false; break;
    default: break;
    }
    if (!mf || mf->size < 8) continue; /* which are archives, open_one finds */
    SpecArchive *sa = NEW(ctx, SpecArchive);
    sa->path = path;
    sa->mf = mf;
    sa->whole = whole;
    sa->ar = NEW(ctx, Archive);
    sa->ar->path = path;
    sa->ar->mf = mf;
    vec_push(&ctx->spec_archives, sa);
  }
  size_t nar = ctx->spec_archives.len;
  if (!nar) return;
  SpecState st = {.sas = (SpecArchive **)ctx->spec_archives.data};
  par_for(ctx, nar, 1, open_one, &st);

  uint64_t total = 0;
  for (size_t i = 0; i < nar; i++)
    if (st.sas[i]->ar->sym_names) total += st.sas[i]->ar->nsyms;
  /* the symbols to come number about the index entries: one table growth
   * now, while it is nearly empty, instead of several in the waves */
  sym_reserve(ctx, total);
  uint64_t cap = 1024;
  while (cap < total * 2) cap *= 2;
  st.defs.keys = table_alloc(cap * sizeof(uint64_t));
  st.defs.vals = table_alloc(cap * sizeof(uint64_t));
  if (!st.defs.keys || !st.defs.vals) fatal(ctx, "out of memory");
  st.defs.mask = cap - 1;
  par_for(ctx, nar, 1, define_one, &st);

  /* wave 0: the command line's objects and every member of whole archives */
  Vec wave = {0}, ars = {0}, offs = {0};
  for (size_t i = 0; i < ctx->opt.inputs.len; i++) {
    InputItem *it = ctx->opt.inputs.data[i];
    if (it->kind == IN_FILE && it->pre) vec_push(&wave, it->pre);
  }
  for (size_t i = 0; i < nar; i++) {
    SpecArchive *sa = st.sas[i];
    if (!sa->whole || !sa->is_archive) continue;
    for (uint64_t off = 8; off < sa->mf->size;) {
      Member m;
      if (!read_member_q(ctx, sa->ar, off, &m, true) || m.next <= off) break;
      if (!m.special) want_member(sa, off, &ars, &offs);
      off = m.next;
    }
  }
  st.found = calloc((size_t)ctx->nthreads, sizeof(Vec));
  uint64_t ngroups = 0; /* COMDAT groups of the parsed files: sizes the table once */
  for (size_t i = 0; i < wave.len; i++) ngroups += ((InputFile *)wave.data[i])->ncomdats;
  /* -u names and the entry point: referenced before any file */
  for (size_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (s->kind != SK_UNDEF || !s->strong_ref || (atomic_fetch_or(&s->spec, SPEC_REQ) & (SPEC_DEF | SPEC_REQ)))
      continue;
    uint64_t v = deftab_get(&st.defs, hash_str(s->name));
    if (v != UINT64_MAX) vec_push(&st.found[0], (void *)(uintptr_t)v);
  }
  for (;;) {
    st.files = (InputFile **)wave.data;
    par_for(ctx, wave.len, 4, collect_one, &st);
    for (int t = 0; t < ctx->nthreads; t++) {
      for (size_t k = 0; k < st.found[t].len; k++) {
        uint64_t v = (uint64_t)(uintptr_t)st.found[t].data[k];
        want_member(st.sas[v >> SPEC_OFF_BITS], v & ((1ULL << SPEC_OFF_BITS) - 1), &ars, &offs);
      }
      st.found[t].len = 0;
    }
    if (!ars.len) break;
    uint64_t *o = malloc(offs.len * sizeof(uint64_t));
    for (size_t i = 0; i < offs.len; i++) o[i] = (uint64_t)(uintptr_t)offs.data[i];
    InputFile **parsed = parse_members(ctx, (Archive **)ars.data, o, ars.len);
    free(o);
    wave.len = 0;
    for (size_t i = 0; i < ars.len; i++)
      if (parsed[i]) {
        vec_push(&wave, parsed[i]);
        vec_push(&ctx->spec_files, parsed[i]);
        ngroups += parsed[i]->ncomdats;
      }
    free(parsed);
    ars.len = offs.len = 0;
  }
  par_for(ctx, nar, 1, cache_index_syms, &st);
  comdat_reserve(ctx, ngroups);
  for (int t = 0; t < ctx->nthreads; t++) vec_free(&st.found[t]);
  free(st.found);
  vec_free(&wave);
  vec_free(&ars);
  vec_free(&offs);
  table_free((void *)st.defs.keys, cap * sizeof(uint64_t));
  table_free((void *)st.defs.vals, cap * sizeof(uint64_t));
}

static void body_ahead(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  parse_body_ahead(ctx, ctx->spec_files.data[i]);
}

void read_inputs(Ctx *ctx) {
  LoadState st = {.is_static = false};
  preparse_objects(ctx);
  speculate(ctx);
  /* the bodies of the files parsed ahead, on the other threads, while this
   * one runs the serial search */
  if (ctx->nthreads > 1)
    for (size_t i = 0; i < ctx->opt.inputs.len; i++) {
      InputItem *it = ctx->opt.inputs.data[i];
      if (it->kind == IN_FILE && it->pre) vec_push(&ctx->spec_files, it->pre);
    }
  if (ctx->spec_files.len) par_start(ctx, ctx->spec_files.len, 4, body_ahead, NULL);
  for (size_t i = 0; i < ctx->opt.inputs.len; i++) {
    InputItem *it = ctx->opt.inputs.data[i];
    switch (it->kind) {
    case IN_FILE:
      if (st.in_lib && lazy_object(ctx, &st, it)) break;
      /* map_file failed: load_path reports why */
      if (!it->mf) load_path(ctx, &st, it->arg, NULL);
      else load_mapped(ctx, &st, it->arg, NULL, it->mf, it->pre);
      break;
    case IN_LIB: load_lib(ctx, &st, it->arg, it); break;
    case IN_GROUP_START:
      if (st.in_group) error(ctx, "nested --start-group");
      group_begin(ctx, &st);
      break;
    case IN_GROUP_END:
      if (!st.in_group) error(ctx, "--end-group without --start-group");
      else group_end(ctx, &st);
      break;
    case IN_LIB_START:
      if (st.in_lib) error(ctx, "nested --start-lib");
      st.in_lib = true;
      break;
    case IN_LIB_END:
      if (!st.in_lib) error(ctx, "--end-lib without --start-lib");
      else lib_end(ctx, &st);
      break;
    case IN_WHOLE_ON: st.whole = true; break;
    case IN_WHOLE_OFF: st.whole = false; break;
    case IN_STATIC: st.is_static = true; break;
    case IN_DYNAMIC: st.is_static = false; break;
    case IN_AS_NEEDED: st.as_needed = true; break;
    case IN_NO_AS_NEEDED: st.as_needed = false; break;
    case IN_PUSH_STATE:
      if (st.nsaved == (int)ARRAY_SIZE(st.saved)) fatal(ctx, "--push-state nested more than %zu deep", ARRAY_SIZE(st.saved));
      st.saved[st.nsaved++] = (Flags){st.whole, st.is_static, st.as_needed};
      break;
    case IN_POP_STATE:
      if (!st.nsaved) {
        error(ctx, "--pop-state without --push-state");
        break;
      }
      st.nsaved--;
      st.whole = st.saved[st.nsaved].whole;
      st.is_static = st.saved[st.nsaved].is_static;
      st.as_needed = st.saved[st.nsaved].as_needed;
      break;
    }
    if (atomic_load(&ctx->nerrors)) break;
  }
  if (st.in_lib && !atomic_load(&ctx->nerrors)) lib_end(ctx, &st); /* as at --end-lib */
  if (st.in_group) group_end(ctx, &st);
  vec_free(&st.group);
  vec_free(&st.lib_files);
  par_finish(ctx);
}

/* ------------------------------------------------------ for diagnostics */

Archive *open_archive_index(Ctx *ctx, const char *path) {
  MappedFile *mf = map_file(ctx, path);
  if (!mf || mf->size < 8 || memcmp(mf->data, "!<arch>\n", 8)) return NULL;
  Archive *ar = NEW(ctx, Archive);
  ar->path = path;
  ar->mf = mf;
  return read_index_quiet(ctx, ar) ? ar : NULL;
}

const char *archive_member_name(Ctx *ctx, Archive *ar, uint64_t off) {
  Member m;
  if (!read_member_q(ctx, ar, off, &m, true) || m.special) return NULL;
  return m.name;
}
