/*
 * diag.c - the undefined-symbol and duplicate-symbol reports, with hints at
 * the usual causes.
 *
 * An undefined reference has six usual causes, and each gets a hint when
 * the link shows evidence of it:
 *   - C/C++ linkage mismatch: `foo` is wanted but `foo(int)` is defined, or
 *     the reverse (a missing extern "C");
 *   - library order: an archive searched before the reference appeared
 *     defines the symbol (GNU ld searches each archive once, left to right);
 *   - a shared library of the link has it, but hidden or local, or only at
 *     a non-default version (foo@VER_1);
 *   - missing library: an archive or shared library in the -L path that is
 *     not in the link defines it (suggest -lNAME);
 *   - a near-miss spelling among the defined names;
 *   - a definition that exists but is local (static) to its object.
 * Duplicate strong definitions name both places and say when the pattern
 * looks like a definition in a header included twice.
 *
 * All of this runs only when the link has already failed, so it favours
 * simple scans over indexes.
 */
#include "weld.h"
#include "demangle.h"

#include <dirent.h>

const char *pretty_name(Ctx *ctx, const char *name) {
  if (ctx->opt.no_demangle) return name;
  char *d = demangle(name);
  if (!d) return name;
  char *r = arena_strndup(ctx_arena(ctx), d, strlen(d));
  free(d);
  return r;
}

static bool is_mangled(const char *n) { return n[0] == '_' && (n[1] == 'Z' || n[1] == 'R'); }

/* The function containing offset `off` of section `is`, for messages. */
static const char *enclosing_function(InputFile *f, InputSection *is, uint64_t off) {
  const char *best = NULL;
  uint64_t best_v = 0;
  for (uint32_t i = 1; i < f->nsyms; i++) {
    const ElfSym *es = &f->esyms[i];
    if (ELF64_ST_TYPE(es->st_info) != STT_FUNC) continue;
    if (esym_shndx(f, i) != is->shndx) continue;
    if (es->st_value <= off && off < es->st_value + (es->st_size ? es->st_size : 1) && es->st_value >= best_v) {
      best = esym_name(f, i);
      best_v = es->st_value;
    }
  }
  return best;
}

/* "foo(int)" -> "foo"; NULL if the demangled name is not a plain function */
static const char *function_base(Ctx *ctx, const char *demangled) {
  const char *paren = strchr(demangled, '(');
  if (!paren || paren == demangled) return NULL;
  for (const char *p = demangled; p < paren; p++)
    if (*p == ' ' || *p == '<') return NULL;
  return arena_strndup(ctx_arena(ctx), demangled, (size_t)(paren - demangled));
}

/* ------------------------------------------------------------- hints */

typedef struct {
  bool built;
  Vec cxx_syms;      /* defined Symbol* with a C++ function name */
  Vec cxx_bases;     /* their base names */
  Vec lib_paths;     /* candidate libraries in the -L path not in the link */
  Vec lib_archives;  /* Archive* or (for a .so) InputFile*, NULL until read (parallel to lib_paths) */
} HintIndex;

static bool is_so_name(const char *path) {
  size_t n = strlen(path);
  return n > 3 && !strcmp(path + n - 3, ".so");
}

static bool archive_loaded(Ctx *ctx, const char *path) {
  for (size_t i = 0; i < ctx->archives.len; i++)
    if (!strcmp(((Archive *)ctx->archives.data[i])->path, path)) return true;
  for (size_t i = 0; i < ctx->dsos.len; i++)
    if (!strcmp(((InputFile *)ctx->dsos.data[i])->path, path)) return true;
  return false;
}

/* Whether a shared object's .symtab (if it has one) defines `name` as a
 * local or hidden symbol: what a version script's local: or a hidden
 * visibility leaves of a definition.  The table is checked here, as hints
 * read it only after the link has failed. */
static bool dso_symtab_has_local(InputFile *f, const char *name) {
  for (uint32_t k = 1; k < f->nsections; k++) {
    const ElfShdr *sh = &f->shdrs[k];
    if (sh->sh_type != SHT_SYMTAB || sh->sh_entsize != sizeof(Elf64_Sym) || sh->sh_link >= f->nsections) continue;
    const ElfShdr *st = &f->shdrs[sh->sh_link];
    if (st->sh_type != SHT_STRTAB || !range_ok(sh->sh_offset, sh->sh_size, f->size) ||
        !range_ok(st->sh_offset, st->sh_size, f->size))
      continue;
    const ElfSym *syms = (const ElfSym *)(f->data + sh->sh_offset);
    const char *str = (const char *)f->data + st->sh_offset;
    size_t n = strlen(name);
    for (uint64_t i = 1; i < sh->sh_size / sizeof(Elf64_Sym); i++) {
      const ElfSym *es = &syms[i];
      int vis = ELF64_ST_VISIBILITY(es->st_other);
      if (es->st_shndx == SHN_UNDEF || es->st_name >= st->sh_size || st->sh_size - es->st_name <= n) continue;
      if (ELF64_ST_BIND(es->st_info) != STB_LOCAL && vis != STV_HIDDEN && vis != STV_INTERNAL) continue;
      if (!memcmp(str + es->st_name, name, n + 1)) return true;
    }
  }
  return false;
}

/* How shared object f has `name`: 0 not at all, 1 exported at its default
 * version (or unversioned), 2 hidden or local, 3 only at a non-default
 * version (*ver says which). */
static int dso_lookup(InputFile *f, const char *name, const char **ver) {
  int found = 0;
  for (uint32_t i = 1; i < f->nsyms; i++) {
    const ElfSym *es = &f->esyms[i];
    if (es->st_shndx == SHN_UNDEF || strcmp(esym_name(f, i), name)) continue;
    int vis = ELF64_ST_VISIBILITY(es->st_other);
    if (ELF64_ST_BIND(es->st_info) == STB_LOCAL || vis == STV_HIDDEN || vis == STV_INTERNAL) {
      found = found ? found : 2;
      continue;
    }
    bool is_default;
    const char *v = dso_sym_version(f, i, &is_default);
    if (is_default && (!f->versym || (rd16(&f->versym[i]) & 0x7fff) != 0)) return 1;
    if (v) {
      *ver = v;
      found = 3;
    }
  }
  return found ? found : dso_symtab_has_local(f, name) ? 2 : 0;
}

/* The hint for a name a shared object has, but not as a default-version
 * export; NULL if it has nothing to say. */
static char *dso_hint(Ctx *ctx, const char *name, InputFile *f, int how, const char *ver) {
  Arena *A = ctx_arena(ctx);
  if (how == 2)
    return arena_printf(A, "%s defines '%s', but does not export it (it is hidden or local there): "
                           "it cannot be linked against", f->path, pretty_name(ctx, name));
  if (how == 3)
    return arena_printf(A, "%s has '%s' only at the non-default version %s (%s@%s), which an unversioned reference "
                           "does not bind to: the library's headers no longer declare it, or the reference is "
                           "meant for an older version of the library",
                        f->path, pretty_name(ctx, name), ver, name, ver);
  return NULL;
}

static void build_index(Ctx *ctx, HintIndex *h) {
  if (h->built) return;
  h->built = true;
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (!sym_is_defined(s) || s->synthetic || strncmp(s->name, "_Z", 2)) continue;
    char *d = demangle(s->name);
    if (!d) continue;
    const char *base = function_base(ctx, d);
    free(d);
    if (!base) continue;
    vec_push(&h->cxx_syms, s);
    vec_push(&h->cxx_bases, (void *)base);
  }
  /* archives in the -L directories that the link did not use (bounded) */
  for (size_t i = 0; i < ctx->opt.lib_paths.len && h->lib_paths.len < 4000; i++) {
    const char *dir = ctx->opt.lib_paths.data[i];
    DIR *d = opendir(dir);
    if (!d) continue;
    struct dirent *e;
    Vec names = {0};
    while ((e = readdir(d))) {
      size_t n = strlen(e->d_name);
      bool so = n > 6 && !strcmp(e->d_name + n - 3, ".so") && !ctx->opt.static_link;
      if (n > 5 && !strncmp(e->d_name, "lib", 3) && (so || !strcmp(e->d_name + n - 2, ".a")))
        vec_push(&names, arena_strndup(ctx_arena(ctx), e->d_name, n));
    }
    closedir(d);
    /* a fixed order, whatever readdir returns */
    for (size_t a = 1; a < names.len; a++)
      for (size_t b = a; b > 0 && strcmp(names.data[b - 1], names.data[b]) > 0; b--) {
        void *t = names.data[b];
        names.data[b] = names.data[b - 1];
        names.data[b - 1] = t;
      }
    for (size_t k = 0; k < names.len; k++) {
      const char *path = arena_printf(ctx_arena(ctx), "%s/%s", dir, (const char *)names.data[k]);
      if (archive_loaded(ctx, path)) continue;
      vec_push(&h->lib_paths, (void *)path);
      vec_push(&h->lib_archives, NULL);
    }
    vec_free(&names);
  }
}

static bool index_has(Archive *ar, const char *name, uint64_t *member) {
  for (uint32_t i = 0; i < ar->nsyms; i++)
    if (!strcmp(ar->sym_names[i], name)) {
      *member = ar->sym_members[i];
      return true;
    }
  return false;
}

static unsigned edit_distance(const char *a, const char *b, unsigned limit) {
  size_t n = strlen(a), m = strlen(b);
  if (n > 200 || m > 200) return limit + 1;
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  unsigned row[201], prev[201], prev2[201];
  for (size_t j = 0; j <= m; j++) prev[j] = (unsigned)j;
  memset(prev2, 0, sizeof(prev2));
  for (size_t i = 1; i <= n; i++) {
    row[0] = (unsigned)i;
    unsigned best = row[0];
    for (size_t j = 1; j <= m; j++) {
      unsigned c = a[i - 1] == b[j - 1] ? 0 : 1;
      unsigned v = MIN(MIN(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = MIN(v, prev2[j - 2] + 1);
      row[j] = v;
      best = MIN(best, v);
    }
    if (best > limit) return limit + 1;
    memcpy(prev2, prev, sizeof(unsigned) * (m + 1));
    memcpy(prev, row, sizeof(unsigned) * (m + 1));
  }
  return prev[m];
}

static char *hint_for(Ctx *ctx, Symbol *s, HintIndex *h) {
  Arena *A = ctx_arena(ctx);
  const char *name = s->name;
  const char *ref = s->ref_file ? file_name(s->ref_file) : "the command line";

  /* 1. C/C++ linkage */
  if (!is_mangled(name)) {
    build_index(ctx, h);
    for (size_t i = 0; i < h->cxx_syms.len; i++) {
      if (strcmp(h->cxx_bases.data[i], name)) continue;
      Symbol *d = h->cxx_syms.data[i];
      return arena_printf(A,
                          "'%s' is defined in %s as the C++ function '%s' (%s); %s refers to the C name: "
                          "declare it extern \"C\" in the C++ source that defines it (or in the header both include)",
                          name, file_name(d->file), pretty_name(ctx, d->name), d->name, ref);
    }
  } else if (!strncmp(name, "_Z", 2)) {
    char *dm = demangle(name);
    const char *base = dm ? function_base(ctx, dm) : NULL;
    free(dm);
    if (base) {
      Symbol *c = sym_find(ctx, base);
      if (c && sym_is_defined(c) && c->file)
        return arena_printf(A,
                            "%s defines the C function '%s', but %s refers to the C++ name '%s': the declaration "
                            "that %s's source sees is missing extern \"C\" (wrap the header's declaration in "
                            "extern \"C\" { ... })",
                            file_name(c->file), base, ref, pretty_name(ctx, name), ref);
    }
  }

  /* 2. a library that only another library needs (GNU ld: "DSO missing from command line") */
  for (size_t i = 0; i < ctx->needed_dsos.len; i++) {
    InputFile *f = ctx->needed_dsos.data[i];
    for (uint32_t k = f->first_global; k < f->nsyms; k++)
      if (f->esyms[k].st_shndx != SHN_UNDEF && ELF64_ST_BIND(f->esyms[k].st_info) != STB_LOCAL &&
          !strcmp(esym_name(f, k), name))
        return arena_printf(A,
                            "'%s' is defined in %s, which %s needs, but a library only its users need is not "
                            "searched for %s's references: add %s to the command line (GNU ld: DSO missing from "
                            "command line)",
                            name, f->path, file_name(f->why_file), ref, f->path);
  }

  /* 3. library order */
  for (size_t i = 0; i < ctx->archives.len; i++) {
    Archive *ar = ctx->archives.data[i];
    uint64_t mo;
    if (!index_has(ar, name, &mo)) continue;
    const char *mem = archive_member_name(ctx, ar, mo);
    if (s->ref_file && ar->priority_base <= s->ref_file->priority)
      return arena_printf(A,
                          "'%s' is defined in %s(%s), but that archive was searched before %s needed it "
                          "(archives are searched once, left to right): put %s after %s on the command line, or "
                          "surround the libraries with --start-group ... --end-group",
                          pretty_name(ctx, name), ar->path, mem ? mem : "?", ref, ar->lib_arg ? ar->lib_arg : ar->path,
                          ref);
    return arena_printf(A, "'%s' is defined in %s(%s), which was not extracted", pretty_name(ctx, name), ar->path,
                        mem ? mem : "?");
  }

  /* 2b. a shared object of the link that has it, but not as an export */
  for (size_t i = 0; i < ctx->dsos.len; i++) {
    const char *ver = NULL;
    InputFile *f = ctx->dsos.data[i];
    int how = dso_lookup(f, name, &ver);
    char *hint = dso_hint(ctx, name, f, how, ver);
    if (hint) return hint;
  }

  /* 4. a definition that is local to its file */
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->first_global; k++) {
      const ElfSym *es = &f->esyms[k];
      if (es->st_shndx == SHN_UNDEF || ELF64_ST_TYPE(es->st_info) == STT_SECTION) continue;
      if (strcmp(esym_name(f, k), name)) continue;
      return arena_printf(A,
                          "%s has a definition of '%s', but it is local (static) to that file: remove 'static' "
                          "from the definition so other files can use it",
                          f->display, pretty_name(ctx, name));
    }
  }

  /* 5. a library in the search path that the link does not use */
  build_index(ctx, h);
  for (size_t i = 0; i < h->lib_paths.len; i++) {
    const char *path = h->lib_paths.data[i];
    if (!path[0]) continue;
    bool so = is_so_name(path);
    void *lib_data = h->lib_archives.data[i];
    if (!lib_data) {
      MappedFile *mf = so ? map_file(ctx, path) : NULL;
      if (so) lib_data = mf ? parse_shared(ctx, path, mf->data, mf->size, 0, true) : NULL;
      else lib_data = open_archive_index(ctx, path);
      if (!lib_data) {
        h->lib_paths.data[i] = (void *)"";
        continue;
      }
      h->lib_archives.data[i] = lib_data;
    }
    uint64_t mo;
    const char *ver = NULL;
    int how = so ? dso_lookup(lib_data, name, &ver) : index_has(lib_data, name, &mo);
    if (how > 1) {
      char *hint = dso_hint(ctx, name, lib_data, how, ver);
      if (hint) return hint;
    }
    if (how != 1) continue;
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t n = strlen(base);
    const char *lib = arena_strndup(A, base + 3, n - (so ? 6 : 5));
    return arena_printf(A, "'%s' is defined in %s: add -l%s to the link (after %s)", pretty_name(ctx, name), path,
                        lib, ref);
  }

  /* 6. spelling */
  size_t len = strlen(name);
  unsigned limit = len <= 4 ? 1 : len <= 12 ? 2 : 3;
  Symbol *best = NULL;
  unsigned best_d = limit + 1;
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *c = ctx->syms_list[i];
    if (c == s || !sym_is_defined(c) || !c->file) continue;
    unsigned d = edit_distance(name, c->name, MIN(limit, best_d));
    if (d < best_d || (d <= limit && d == best_d && !best)) {
      best = c;
      best_d = d;
    }
  }
  if (best && best_d <= limit)
    return arena_printf(A, "did you mean '%s'? (defined in %s)", pretty_name(ctx, best->name), file_name(best->file));
  return NULL;
}

/* --------------------------------------------------------- undefined */

typedef struct {
  const char *where[3];
  int nw, more;
} Refs;

static bool relaxed_tls_call(InputSection *is, uint32_t r) {
  /* the __tls_get_addr call of a GD/LD sequence is relaxed away */
  return r > 0 && (ELF64_R_TYPE(is->rels[r - 1].r_info) == R_X86_64_TLSGD ||
                   ELF64_R_TYPE(is->rels[r - 1].r_info) == R_X86_64_TLSLD);
}

/* a symbol the undefined-symbol report looks at: a shared object may
 * leave default-visibility symbols to the loader, unless -z defs */
static bool undefined_candidate(Ctx *ctx, const Symbol *s) {
  if (sym_is_defined(s) || sym_is_imported(s) || !s->strong_ref) return false;
  return ctx->opt.kind != OUT_SHARED || ctx->opt.no_undefined || s->visibility != STV_DEFAULT;
}

static void find_undefined_refs(Ctx *ctx, void *arg, size_t fi) {
  InputFile *f = ctx->files.data[fi];
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (!is || !atomic_load(&is->alive)) continue;
    for (uint32_t r = 0; r < is->nrels; r++)
      if (undefined_candidate(ctx, f->syms[ELF64_R_SYM(is->rels[r].r_info)]) && !relaxed_tls_call(is, r)) {
        ((bool *)arg)[fi] = true;
        return;
      }
  }
}

/* --unresolved-symbols=ignore-*, -z undefs, --ignore-unresolved-symbol: an
 * undefined symbol of default visibility that is not reported at all (a
 * hidden one stays an error, as in GNU ld: nothing can define it later) */
static bool ignored_undefined(Ctx *ctx, const Symbol *s) {
  if (s->visibility != STV_DEFAULT) return false;
  if (ctx->opt.ignore_undefined) return true;
  for (size_t i = 0; i < ctx->opt.ignore_unresolved.len; i++)
    if (!strcmp(ctx->opt.ignore_unresolved.data[i], s->name)) return true;
  return false;
}

void report_undefined(Ctx *ctx) {
  int limit = ctx->opt.error_limit;
  bool exe = ctx->opt.kind != OUT_SHARED;
  int reported = 0, total = 0, unshown_errors = 0;
  HintIndex h = {0};
  Arena *A = ctx_arena(ctx);

  /* the candidates, in symbol order; `index` maps a symbol to 1 + its place */
  Vec und = {0};
  OffMap index = {0};
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (!undefined_candidate(ctx, s)) continue;
    if (ignored_undefined(ctx, s)) {
      s->undef_zero = exe; /* GNU ld: 0, not an import (a library keeps it for the loader) */
      continue;
    }
    vec_push(&und, s);
    offmap_put(&index, (uint64_t)(uintptr_t)s, (void *)(uintptr_t)und.len);
  }
  if (!und.len) return;

  /* one pass over every live relocation collects up to 3 places per symbol:
   * first, in parallel, which files have any (often none do: the candidates
   * are referenced only from discarded sections), then those files in order */
  Refs *refs = calloc(und.len, sizeof(Refs));
  bool *hit = calloc(ctx->files.len + 1, sizeof(bool));
  par_for(ctx, ctx->files.len, 8, find_undefined_refs, hit);
  for (size_t fi = 0; fi < ctx->files.len; fi++) {
    if (!hit[fi]) continue;
    InputFile *f = ctx->files.data[fi];
    for (uint32_t k = 1; k < f->nsections; k++) {
      InputSection *is = f->sections[k];
      if (!is || !atomic_load(&is->alive)) continue;
      for (uint32_t r = 0; r < is->nrels; r++) {
        Symbol *t = f->syms[ELF64_R_SYM(is->rels[r].r_info)];
        if (!undefined_candidate(ctx, t) || relaxed_tls_call(is, r)) continue;
        void **slot = offmap_find(&index, (uint64_t)(uintptr_t)t);
        if (!slot) continue; /* ignored (--ignore-unresolved-symbol) */
        Refs *rf = &refs[(uintptr_t)*slot - 1];
        if (rf->nw == 3) {
          rf->more++;
          continue;
        }
        const char *fn = enclosing_function(f, is, is->rels[r].r_offset);
        if (fn)
          rf->where[rf->nw++] = arena_printf(A, "%s:(function %s: %s+0x%llx)", f->display, pretty_name(ctx, fn),
                                             is->name, (unsigned long long)is->rels[r].r_offset);
        else
          rf->where[rf->nw++] =
              arena_printf(A, "%s:(%s+0x%llx)", f->display, is->name, (unsigned long long)is->rels[r].r_offset);
      }
    }
  }

  for (size_t i = 0; i < und.len; i++) {
    Symbol *s = und.data[i];
    Refs *rf = &refs[i];
    if (!rf->nw && !rf->more && ctx->opt.entry && !strcmp(s->name, ctx->opt.entry)) {
      /* GNU ld only warns about a missing entry point */
      warn(ctx, "cannot find entry symbol %s; defaulting to the start of .text", s->name);
      continue;
    }
    /* declared but never used by a relocation (or named by -u): GNU ld is
     * silent; a --defsym expression is a real use */
    if (!rf->nw && !rf->more && !s->defsym_ref) continue;
    /* --warn-unresolved-symbols: the same report as a warning, and the
     * symbol is 0 (GNU ld); a hidden one is still an error */
    bool as_warning = ctx->opt.warn_unresolved && s->visibility == STV_DEFAULT;
    if (as_warning) s->undef_zero = exe;
    total++;
    if (limit && reported >= limit) {
      unshown_errors += !as_warning;
      continue;
    }
    reported++;
    char *msg = arena_printf(A, "undefined symbol: %s", pretty_name(ctx, s->name));
    for (int w = 0; w < rf->nw; w++) msg = arena_printf(A, "%s\n>>> referenced by %s", msg, rf->where[w]);
    if (rf->more) msg = arena_printf(A, "%s\n>>> referenced %d more times", msg, rf->more);
    if (!rf->nw) msg = arena_printf(A, "%s\n>>> referenced in a --defsym expression on the command line", msg);
    char *hint = hint_for(ctx, s, &h);
    if (hint) msg = arena_printf(A, "%s\n>>> hint: %s", msg, hint);
    if (as_warning) warn(ctx, "%s", msg);
    else error(ctx, "%s", msg);
  }
  free(refs);
  free(hit);
  free(index.keys);
  free(index.vals);
  vec_free(&und);
  if (total > reported && !unshown_errors)
    warn(ctx, "%d more undefined symbols not shown (--error-limit=0 shows all)", total - reported);
  else if (total > reported)
    error(ctx, "%d more undefined symbols not shown (--error-limit=0 shows all)", total - reported);
  vec_free(&h.cxx_syms);
  vec_free(&h.cxx_bases);
  vec_free(&h.lib_paths);
  vec_free(&h.lib_archives);
}

/* -------------------------------------------------------- duplicates */

static const char *def_section(InputFile *f, uint32_t esym) {
  uint32_t shndx = esym_shndx(f, esym);
  if (shndx == XSHN_ABS) return "absolute";
  if (shndx >= f->nsections || !f->sections[shndx]) return "?";
  return f->sections[shndx]->name;
}

static const uint8_t *def_bytes(InputFile *f, uint32_t esym) {
  uint32_t shndx = esym_shndx(f, esym);
  if (shndx >= f->nsections || !f->sections[shndx]) return NULL;
  InputSection *is = f->sections[shndx];
  const ElfSym *es = &f->esyms[esym];
  if (!is->data || es->st_value > is->size || es->st_size > is->size - es->st_value) return NULL;
  return is->data + es->st_value;
}

void report_duplicates(Ctx *ctx) {
  for (size_t i = 0; i < ctx->dups.len; i++) {
    Duplicate *d = ctx->dups.data[i];
    const ElfSym *a = &d->first->esyms[d->first_esym], *b = &d->second->esyms[d->second_esym];
    const char *name = pretty_name(ctx, d->sym->name);
    const char *hint;
    int ta = ELF64_ST_TYPE(a->st_info), tb = ELF64_ST_TYPE(b->st_info);
    const uint8_t *ba = def_bytes(d->first, d->first_esym), *bb = def_bytes(d->second, d->second_esym);
    bool same_size = a->st_size == b->st_size && a->st_size > 0;
    bool same_bytes = same_size && ba && bb && !memcmp(ba, bb, a->st_size);
    bool no_bytes = same_size && !ba && !bb; /* both in .bss */
    if (ta == STT_FUNC && tb == STT_FUNC && same_bytes)
      hint = "both definitions are the same code, as when a header defines the function and both files include "
             "it: make it 'static inline' in the header (or define it in one .c file and only declare it in the "
             "header)";
    else if (ta == STT_OBJECT && tb == STT_OBJECT && (same_bytes || no_bytes))
      hint = "both definitions are the same variable, as when a header defines it and both files include it: "
             "declare it 'extern' in the header and define it in one .c file";
    else if (d->first == d->second) /* two .symver default versions of one name */
      hint = arena_printf(ctx_arena(ctx), "%s and %s are both default versions (@@) of '%s': only one version "
                          "of a symbol can be the default, make the others foo@VER (one '@')",
                          esym_name(d->first, d->first_esym), esym_name(d->second, d->second_esym), name);
    else
      hint = "keep one definition, or make the others 'static' if each file needs its own";
    error(ctx, "duplicate symbol: %s\n>>> defined in %s (%s)\n>>> defined in %s (%s)\n>>> hint: %s", name,
          file_name(d->first), def_section(d->first, d->first_esym), file_name(d->second),
          def_section(d->second, d->second_esym), hint);
  }
}
