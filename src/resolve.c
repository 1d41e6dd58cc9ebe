/*
 * resolve.c - the global symbol table and the rules that decide which
 * definition of a name wins.
 *
 * Rank: defined strong > COMMON > defined weak > undefined.  Equal ranks
 * keep the first definition seen, and files join the link in priority
 * (command-line) order, so ties go to the lowest priority, as in GNU ld.
 * Two strong definitions are an error naming both places.  Symbols defined
 * in sections discarded by COMDAT count as references only.
 *
 * Also here: --wrap renaming, --defsym, -u, COMMON allocation and the
 * undefined-symbol report.
 */
#include "weld.h"

/* --------------------------------------------------------- the table */

static void grow(Ctx *ctx) {
  uint64_t ncap = ctx->symtab_cap ? ctx->symtab_cap * 2 : 1 << 14;
  SymSlot *nt = calloc(ncap, sizeof(SymSlot));
  if (!nt) fatal(ctx, "out of memory growing the symbol table");
  for (uint64_t i = 0; i < ctx->symtab_cap; i++) {
    SymSlot *e = &ctx->symtab[i];
    if (!e->sym) continue;
    uint64_t j = e->hash & (ncap - 1);
    while (nt[j].sym) j = (j + 1) & (ncap - 1);
    nt[j] = *e;
  }
  free(ctx->symtab);
  ctx->symtab = nt;
  ctx->symtab_cap = ncap;
}

Symbol *sym_find_hashed(Ctx *ctx, const char *name, uint64_t h) {
  if (!ctx->symtab_cap) return NULL;
  uint64_t j = h & (ctx->symtab_cap - 1);
  SymSlot *e;
  while ((e = &ctx->symtab[j])->sym) {
    if (e->hash == h && !strcmp(e->sym->name, name)) return e->sym;
    j = (j + 1) & (ctx->symtab_cap - 1);
  }
  return NULL;
}

Symbol *sym_find(Ctx *ctx, const char *name) { return sym_find_hashed(ctx, name, hash_str(name)); }

Symbol *sym_intern(Ctx *ctx, const char *name) {
  if ((ctx->symtab_count + 1) * 2 > ctx->symtab_cap) grow(ctx);
  uint64_t h = hash_str(name);
  uint64_t j = h & (ctx->symtab_cap - 1);
  SymSlot *e;
  while ((e = &ctx->symtab[j])->sym) {
    if (e->hash == h && !strcmp(e->sym->name, name)) return e->sym;
    j = (j + 1) & (ctx->symtab_cap - 1);
  }
  Symbol *s = NEW(ctx, Symbol);
  s->name = name;
  s->got = s->gottp = s->plt = -1;
  s->kind = SK_UNDEF;
  s->bind = STB_GLOBAL;
  e->sym = s;
  e->hash = h;
  ctx->symtab_count++;
  if (ctx->syms_len == ctx->syms_cap) {
    ctx->syms_cap = ctx->syms_cap ? ctx->syms_cap * 2 : 1 << 14;
    ctx->syms_list = realloc(ctx->syms_list, ctx->syms_cap * sizeof(Symbol *));
  }
  ctx->syms_list[ctx->syms_len++] = s;
  for (size_t i = 0; i < ctx->opt.trace_syms.len; i++)
    if (!strcmp(ctx->opt.trace_syms.data[i], name)) s->traced = true;
  return s;
}

bool sym_is_defined(const Symbol *s) { return s->kind >= SK_WEAK || s->synthetic; }

/* --wrap=foo: undefined references to foo go to __wrap_foo, and references
 * to __real_foo go to foo. */
const char *wrap_name(Ctx *ctx, const char *name) {
  Vec *w = &ctx->opt.wraps;
  for (size_t i = 0; i < w->len; i++) {
    const char *n = w->data[i];
    if (!strcmp(name, n)) return arena_printf(ctx_arena(ctx), "__wrap_%s", n);
    if (!strncmp(name, "__real_", 7) && !strcmp(name + 7, n)) return n;
  }
  return name;
}

/* ------------------------------------------------------- resolution */

static int rank_of(uint32_t shndx, int bind) {
  if (shndx == SHN_COMMON) return SK_COMMON;
  if (bind == STB_WEAK) return SK_WEAK;
  return SK_DEFINED;
}

static void trace(Ctx *ctx, Symbol *s, InputFile *f, const char *what) {
  if (s->traced) printf("%s: %s %s\n", f->display, what, s->name);
  (void)ctx;
}

static void take(Symbol *s, InputFile *f, uint32_t i, int rank) {
  const ElfSym *es = &f->esyms[i];
  uint32_t shndx = esym_shndx(f, i);
  s->file = f;
  s->esym = i;
  s->kind = (uint8_t)rank;
  s->type = ELF64_ST_TYPE(es->st_info);
  s->bind = ELF64_ST_BIND(es->st_info);
  s->visibility = ELF64_ST_VISIBILITY(es->st_other);
  s->size = es->st_size;
  s->is_common = shndx == SHN_COMMON;
  s->synthetic = false;
  if (s->is_common) {
    s->isec = NULL;
    s->value = 0;
    s->common_align = es->st_value;
  } else if (shndx == SHN_ABS || shndx >= SHN_LORESERVE) {
    s->isec = NULL;
    s->value = es->st_value;
  } else {
    s->isec = f->sections[shndx];
    s->value = es->st_value;
  }
}

void resolve_file_symbols(Ctx *ctx, InputFile *f) {
  for (uint32_t i = f->first_global; i < f->nsyms; i++) {
    const ElfSym *es = &f->esyms[i];
    const char *name = esym_name(f, i);
    uint32_t shndx = esym_shndx(f, i);
    int bind = ELF64_ST_BIND(es->st_info);
    bool defined = shndx != SHN_UNDEF;
    if (defined && shndx < f->nsections && shndx != SHN_ABS && shndx != SHN_COMMON) {
      InputSection *is = f->sections[shndx];
      /* a definition in a discarded COMDAT member is only a reference */
      if (!is || !atomic_load(&is->alive)) defined = false;
    }
    if (!defined) {
      Symbol *s = sym_intern(ctx, wrap_name(ctx, name));
      f->syms[i] = s;
      s->referenced = true;
      if (bind != STB_WEAK) {
        if (!s->strong_ref || !s->ref_file) s->ref_file = f;
        s->strong_ref = true;
      }
      if (s->traced) trace(ctx, s, f, "reference to");
      continue;
    }
    Symbol *s = sym_intern(ctx, name);
    f->syms[i] = s;
    int rank = rank_of(shndx, bind);
    if (s->traced) trace(ctx, s, f, rank == SK_COMMON ? "common" : "definition of");
    if (s->synthetic && !s->file) continue; /* --defsym wins */
    switch (s->kind) {
    case SK_UNDEF:
    case SK_LAZY:
      take(s, f, i, rank);
      break;
    case SK_WEAK:
      if (rank > SK_WEAK) take(s, f, i, rank);
      break;
    case SK_COMMON:
      if (rank == SK_DEFINED) {
        if (ctx->opt.warn_common) warn(ctx, "%s: definition of %s overriding common from %s", f->display, name, file_name(s->file));
        take(s, f, i, rank);
      } else if (rank == SK_COMMON) {
        uint64_t align = MAX(s->common_align, es->st_value);
        if (ctx->opt.warn_common) warn(ctx, "%s: multiple common of %s (first in %s)", f->display, name, file_name(s->file));
        if (es->st_size > s->size) take(s, f, i, rank);
        s->common_align = align;
      }
      break;
    case SK_DEFINED:
      if (rank == SK_DEFINED && s->file != f && bind != STB_GNU_UNIQUE && s->bind != STB_GNU_UNIQUE) {
        error(ctx, "duplicate symbol: %s\n>>> defined in %s\n>>> defined in %s", name, file_name(s->file), f->display);
      }
      if (rank == SK_COMMON && ctx->opt.warn_common)
        warn(ctx, "%s: common of %s overridden by definition in %s", f->display, name, file_name(s->file));
      break;
    }
  }
}

/* -u, the entry symbol and --defsym: applied before the inputs are read, so
 * that they pull archive members like any other reference. */
void apply_defsyms_and_wrap_setup(Ctx *ctx) {
  Options *o = &ctx->opt;
  for (size_t i = 0; i < o->undefined.len; i++) {
    Symbol *s = sym_intern(ctx, o->undefined.data[i]);
    s->referenced = s->strong_ref = true;
  }
  Symbol *e = sym_intern(ctx, o->entry);
  e->referenced = e->strong_ref = true;
  for (size_t i = 0; i < o->defsyms.len; i++) {
    Defsym *d = o->defsyms.data[i];
    Symbol *s = sym_intern(ctx, d->name);
    s->synthetic = true;
    s->kind = SK_DEFINED;
    s->file = NULL;
    s->isec = NULL;
    s->type = STT_NOTYPE;
    s->bind = STB_GLOBAL;
    /* a number, or SYMBOL[+-NUMBER]: the target is resolved after layout */
    char *end;
    unsigned long long v = strtoull(d->expr, &end, 0);
    if (*end == 0 && end != d->expr) {
      s->value = v;
      continue;
    }
    const char *op = strpbrk(d->expr, "+-");
    const char *tname = op ? arena_strndup(ctx_arena(ctx), d->expr, (size_t)(op - d->expr)) : d->expr;
    long long off = 0;
    if (op) {
      off = strtoll(op + 1, &end, 0);
      if (*end) fatal(ctx, "--defsym=%s=%s: cannot parse expression (expected NUMBER or SYMBOL[+-NUMBER])", d->name, d->expr);
      if (*op == '-') off = -off;
    }
    while (*tname == ' ') tname++;
    Symbol *t = sym_intern(ctx, tname);
    t->referenced = t->strong_ref = t->defsym_ref = true;
    d->expr = tname;
    s->value = (uint64_t)off;
    s->alias = t; /* resolved in fix_linker_symbols */
  }
}

/* COMMON symbols get space in a synthetic NOBITS section placed in .bss,
 * in symbol creation order (deterministic). */
void allocate_common(Ctx *ctx) {
  uint64_t off = 0;
  uint32_t p2 = 0;
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (s->kind != SK_COMMON || !s->is_common || !s->file || !s->file->alive) continue;
    off = align_to(off, s->common_align);
    s->value = off;
    off += s->size;
    uint32_t a = (uint32_t)__builtin_ctzll(s->common_align);
    if (a > p2) p2 = a;
    vec_push(&ctx->common_syms, s);
  }
  if (!ctx->common_syms.len) return;
  InputSection *is = NEW(ctx, InputSection);
  is->name = "COMMON";
  is->type = SHT_NOBITS;
  is->flags = SHF_ALLOC | SHF_WRITE;
  is->size = off;
  is->p2align = p2;
  atomic_init(&is->alive, true);
  ctx->common_sec = is;
  for (size_t i = 0; i < ctx->common_syms.len; i++) ((Symbol *)ctx->common_syms.data[i])->isec = is;
}

/* ------------------------------------------------- undefined symbols */

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

void report_undefined(Ctx *ctx) {
  int limit = ctx->opt.error_limit;
  int reported = 0, total = 0;
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (sym_is_defined(s) || !s->strong_ref) continue;
    total++;
    if (limit && reported >= limit) continue;
    reported++;
    /* find up to 3 places that refer to it */
    char where[3][512];
    int nw = 0, more = 0, tlscalls = 0;
    for (size_t fi = 0; fi < ctx->files.len; fi++) {
      InputFile *f = ctx->files.data[fi];
      for (uint32_t k = 1; k < f->nsections; k++) {
        InputSection *is = f->sections[k];
        if (!is || !atomic_load(&is->alive)) continue;
        for (uint32_t r = 0; r < is->nrels; r++) {
          if (f->syms[ELF64_R_SYM(is->rels[r].r_info)] != s) continue;
          if (r > 0 && (ELF64_R_TYPE(is->rels[r - 1].r_info) == R_X86_64_TLSGD ||
                        ELF64_R_TYPE(is->rels[r - 1].r_info) == R_X86_64_TLSLD)) {
            /* the __tls_get_addr call of a GD/LD sequence: relaxed away */
            tlscalls++;
            continue;
          }
          if (nw < 3) {
            const char *fn = enclosing_function(f, is, is->rels[r].r_offset);
            if (fn)
              snprintf(where[nw++], sizeof(where[0]), "%s:(function %s: %s+0x%llx)", f->display, fn, is->name,
                       (unsigned long long)is->rels[r].r_offset);
            else
              snprintf(where[nw++], sizeof(where[0]), "%s:(%s+0x%llx)", f->display, is->name,
                       (unsigned long long)is->rels[r].r_offset);
          } else {
            more++;
          }
        }
      }
    }
    if (!nw && tlscalls) {
      total--;
      reported--;
      continue;
    }
    char msg[2048];
    int n = snprintf(msg, sizeof(msg), "undefined symbol: %s", s->name);
    for (int w = 0; w < nw && n < (int)sizeof(msg); w++)
      n += snprintf(msg + n, sizeof(msg) - (size_t)n, "\n>>> referenced by %s", where[w]);
    if (more && n < (int)sizeof(msg)) snprintf(msg + n, sizeof(msg) - (size_t)n, "\n>>> referenced %d more times", more);
    if (!nw && !strcmp(s->name, ctx->opt.entry)) {
      /* GNU ld only warns about a missing entry point */
      warn(ctx, "cannot find entry symbol %s; defaulting to the start of .text", s->name);
      total--;
      reported--;
      continue;
    }
    if (!nw && !more && !s->defsym_ref) {
      /* declared but never used by a relocation (or only -u): GNU ld is silent */
      total--;
      reported--;
      continue;
    }
    if (!nw && n < (int)sizeof(msg))
      snprintf(msg + n, sizeof(msg) - (size_t)n, "\n>>> referenced in a --defsym expression on the command line");
    error(ctx, "%s", msg);
  }
  if (total > reported) error(ctx, "%d more undefined symbols not shown (--error-limit=0 shows all)", total - reported);
}
