/*
 * resolve.c - the global symbol table and the rules that decide which
 * definition of a name wins.
 *
 * Rank: defined strong > COMMON > defined weak > undefined.  Equal ranks
 * keep the first definition seen, and files join the link in priority
 * (command-line) order, so ties go to the lowest priority, as in GNU ld.
 * Two strong definitions are an error naming both places (unless
 * --allow-multiple-definition: the first stays).  Symbols defined
 * in sections discarded by COMDAT count as references only.
 *
 * Also here: --wrap renaming, --defsym, -u and COMMON allocation.  The
 * undefined and duplicate symbol reports are in diag.c.
 */
#include "weld.h"

/* --------------------------------------------------------- the table */

/* The table is open addressing with linear probing.  A slot is claimed by
 * a compare-and-swap of its hash (stored with the low bit set, so that 0
 * means empty) and published by storing the Symbol pointer; readers that
 * find a matching hash wait for the pointer.  This lets sym_intern_parallel
 * run from many threads while the table does not grow; growing and the
 * serial entry points run only outside parallel loops. */

static uint64_t slot_hash(uint64_t h) { return h | 1; }

/* Room for `want` symbols.  Reservations for parallel interning count every
 * reference, most of them to symbols that exist or to one another, so a
 * load of 4/5 is allowed for them: the real load stays far below. */
static void grow_to(Ctx *ctx, uint64_t want) {
  uint64_t ncap = ctx->symtab_cap ? ctx->symtab_cap : 1 << 14;
  while (want + want / 4 > ncap) ncap *= 2;
  if (ncap == ctx->symtab_cap) return;
  SymSlot *nt = table_alloc(ncap * sizeof(SymSlot));
  if (!nt) fatal(ctx, "out of memory growing the symbol table");
  for (uint64_t i = 0; i < ctx->symtab_cap; i++) {
    SymSlot *e = &ctx->symtab[i];
    Symbol *sym = atomic_load_explicit(&e->sym, memory_order_relaxed);
    if (!sym) continue;
    uint64_t h = atomic_load_explicit(&e->hash, memory_order_relaxed);
    uint64_t j = h & (ncap - 1);
    while (atomic_load_explicit(&nt[j].sym, memory_order_relaxed)) j = (j + 1) & (ncap - 1);
    atomic_store_explicit(&nt[j].hash, h, memory_order_relaxed);
    atomic_store_explicit(&nt[j].sym, sym, memory_order_relaxed);
  }
  table_free(ctx->symtab, ctx->symtab_cap * sizeof(SymSlot));
  ctx->symtab = nt;
  ctx->symtab_cap = ncap;
}

void sym_reserve(Ctx *ctx, uint64_t more) { grow_to(ctx, atomic_load(&ctx->symtab_count) + more + 1); }

static Symbol *wait_sym(SymSlot *e) {
  Symbol *s;
  while (!(s = atomic_load_explicit(&e->sym, memory_order_acquire)))
    ;
  return s;
}

Symbol *sym_find_hashed(Ctx *ctx, const char *name, uint64_t h) {
  if (!ctx->symtab_cap) return NULL;
  uint64_t sh = slot_hash(h), j = sh & (ctx->symtab_cap - 1); /* index from the stored hash, as grow_to does */
  for (;;) {
    SymSlot *e = &ctx->symtab[j];
    uint64_t eh = atomic_load_explicit(&e->hash, memory_order_acquire);
    if (!eh) return NULL;
    if (eh == sh) {
      Symbol *s = wait_sym(e);
      if (!strcmp(s->name, name)) return s;
    }
    j = (j + 1) & (ctx->symtab_cap - 1);
  }
}

Symbol *sym_find(Ctx *ctx, const char *name) { return sym_find_hashed(ctx, name, hash_str(name)); }

/* Finds or creates the symbol; safe to call from parallel loops as long as
 * capacity was reserved with sym_reserve().  Does not put the symbol in
 * syms_list: that happens in serial order (sym_list). */
Symbol *sym_intern_parallel(Ctx *ctx, const char *name, uint64_t h) {
  uint64_t sh = slot_hash(h), j = sh & (ctx->symtab_cap - 1); /* index from the stored hash, as grow_to does */
  for (;;) {
    SymSlot *e = &ctx->symtab[j];
    uint64_t eh = atomic_load_explicit(&e->hash, memory_order_acquire);
    if (!eh) {
      uint64_t zero = 0;
      if (atomic_compare_exchange_strong(&e->hash, &zero, sh)) {
        Symbol *s = NEW(ctx, Symbol);
        s->name = name;
        s->kind = SK_UNDEF;
        s->bind = STB_GLOBAL;
        atomic_store_explicit(&e->sym, s, memory_order_release);
        atomic_fetch_add(&ctx->symtab_count, 1);
        return s;
      }
      eh = zero; /* someone claimed it: look at what they stored */
    }
    if (eh == sh) {
      Symbol *s = wait_sym(e);
      if (!strcmp(s->name, name)) return s;
    }
    j = (j + 1) & (ctx->symtab_cap - 1);
  }
}

/* Appends to syms_list the first time the serial passes meet the symbol:
 * the list's order is then the order of first use, whatever the threads did. */
void sym_list(Ctx *ctx, Symbol *s) {
  if (s->listed) return;
  s->listed = true;
  if (ctx->syms_len == ctx->syms_cap) {
    ctx->syms_cap = ctx->syms_cap ? ctx->syms_cap * 2 : 1 << 14;
    ctx->syms_list = realloc(ctx->syms_list, ctx->syms_cap * sizeof(Symbol *));
  }
  ctx->syms_list[ctx->syms_len++] = s;
  for (size_t i = 0; i < ctx->opt.trace_syms.len; i++)
    if (!strcmp(ctx->opt.trace_syms.data[i], s->name)) s->traced = true;
}

Symbol *sym_intern(Ctx *ctx, const char *name) { return sym_intern_hashed(ctx, name, hash_str(name)); }

Symbol *sym_intern_hashed(Ctx *ctx, const char *name, uint64_t h) {
  if ((atomic_load(&ctx->symtab_count) + 1) * 2 > ctx->symtab_cap) sym_reserve(ctx, 1);
  Symbol *s = sym_intern_parallel(ctx, name, h);
  sym_list(ctx, s);
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
  if (shndx == XSHN_COMMON) return SK_COMMON;
  if (bind == STB_WEAK) return SK_WEAK;
  return SK_DEFINED;
}

static void trace(Ctx *ctx, Symbol *s, InputFile *f, const char *what) {
  if (s->traced) printf("%s: %s %s\n", f->display, what, s->name);
  (void)ctx;
}

/* The most restrictive visibility of all of a symbol's occurrences in
 * objects wins (gABI): internal < hidden < protected < default. */
static void merge_visibility(Symbol *s, int vis) {
  if (vis != STV_DEFAULT && (s->visibility == STV_DEFAULT || vis < s->visibility)) s->visibility = (uint8_t)vis;
}

static void take(Symbol *s, InputFile *f, uint32_t i, int rank) {
  const ElfSym *es = &f->esyms[i];
  uint32_t shndx = esym_shndx(f, i);
  bool was_shared = s->kind == SK_SHARED;
  s->file = f;
  s->esym = i;
  s->kind = (uint8_t)rank;
  s->type = ELF64_ST_TYPE(es->st_info);
  s->bind = ELF64_ST_BIND(es->st_info);
  if (was_shared) s->visibility = STV_DEFAULT; /* a library's visibility does not count */
  merge_visibility(s, ELF64_ST_VISIBILITY(es->st_other));
  s->size = es->st_size;
  s->is_common = shndx == XSHN_COMMON;
  s->is_absolute = shndx == XSHN_ABS;
  s->synthetic = false;
  if (s->is_common) {
    s->isec = NULL;
    s->value = es->st_value; /* the alignment, until allocate_common */
  } else if (shndx >= f->nsections) {
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
    const char *name = global_name(f, i);
    uint32_t shndx = esym_shndx(f, i);
    int bind = ELF64_ST_BIND(es->st_info);
    bool defined = shndx != SHN_UNDEF;
    if (defined && shndx < f->nsections) {
      InputSection *is = f->sections[shndx];
      /* a definition in a discarded COMDAT member is only a reference */
      if (!is || !atomic_load(&is->alive)) defined = false;
    }
    if (!defined) {
      const char *wn = ctx->opt.wraps.len ? wrap_name(ctx, name) : name;
      Symbol *s = f->syms[i];
      if (!s || wn != name)
        s = wn == name && f->sym_hashes ? sym_intern_hashed(ctx, name, f->sym_hashes[i - f->first_global])
                                        : sym_intern(ctx, wn);
      else
        sym_list(ctx, s);
      f->syms[i] = s;
      s->referenced = true;
      if (s->kind != SK_SHARED) merge_visibility(s, ELF64_ST_VISIBILITY(es->st_other));
      if (bind != STB_WEAK) {
        if (!s->strong_ref || !s->ref_file) s->ref_file = f;
        s->strong_ref = true;
      }
      if (s->traced) trace(ctx, s, f, "reference to");
      continue;
    }
    Symbol *s = f->syms[i];
    if (!s) s = f->sym_hashes ? sym_intern_hashed(ctx, name, f->sym_hashes[i - f->first_global]) : sym_intern(ctx, name);
    else sym_list(ctx, s);
    f->syms[i] = s;
    int rank = rank_of(shndx, bind);
    if (s->traced) trace(ctx, s, f, rank == SK_COMMON ? "common" : "definition of");
    if (s->synthetic && !s->file) continue; /* --defsym wins */
    switch (s->kind) {
    case SK_SHARED:
      /* an object's definition beats a shared object's; a COMMON is only a
       * reference to it (GNU ld) */
      if (rank == SK_COMMON) {
        s->referenced = s->strong_ref = true;
        if (!s->ref_file) s->ref_file = f;
        break;
      }
      take(s, f, i, rank);
      break;
    case SK_UNDEF:
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
        uint64_t align = MAX(s->value, es->st_value);
        if (ctx->opt.warn_common) warn(ctx, "%s: multiple common of %s (first in %s)", f->display, name, file_name(s->file));
        if (es->st_size > s->size) take(s, f, i, rank);
        s->value = align;
      }
      break;
    case SK_DEFINED:
      /* (one file defines a name twice only through .symver: foo@@V1, foo@@V2) */
      if (rank == SK_DEFINED && (s->file != f || s->esym != i) && bind != STB_GNU_UNIQUE && s->bind != STB_GNU_UNIQUE &&
          !ctx->opt.muldefs) {
        /* reported with hints after loading (diag.c) */
        Duplicate *d = NEW(ctx, Duplicate);
        d->sym = s;
        d->first = s->file;
        d->first_esym = s->esym;
        d->second = f;
        d->second_esym = i;
        vec_push(&ctx->dups, d);
      }
      if (rank == SK_COMMON && ctx->opt.warn_common)
        warn(ctx, "%s: common of %s overridden by definition in %s", f->display, name, file_name(s->file));
      break;
    }
  }
}

/* A shared object's dynamic symbols: its definitions take names nothing
 * defines yet (they rank below any object's, and the first shared object
 * wins among them); its undefined names are marked as referenced by a
 * shared object, so that the executable exports its definitions of them.
 * A definition at a hidden version (foo@V) answers only "foo@V"; the
 * default one (foo@@V) answers "foo". */
void resolve_shared_symbols(Ctx *ctx, InputFile *f) {
  for (uint32_t i = f->first_global; i < f->nsyms; i++) {
    const ElfSym *es = &f->esyms[i];
    int bind = ELF64_ST_BIND(es->st_info);
    if (bind == STB_LOCAL) continue;
    const char *name = esym_name(f, i);
    if (es->st_shndx == SHN_UNDEF) {
      Symbol *s = sym_intern_hashed(ctx, name, f->sym_hashes[i - f->first_global]);
      s->dso_ref = true;
      continue;
    }
    if (ELF64_ST_VISIBILITY(es->st_other) == STV_HIDDEN || ELF64_ST_VISIBILITY(es->st_other) == STV_INTERNAL) continue;
    bool is_default;
    const char *ver = dso_sym_version(f, i, &is_default);
    Symbol *s = is_default ? sym_intern_hashed(ctx, name, f->sym_hashes[i - f->first_global])
                           : sym_intern(ctx, arena_printf(ctx_arena(ctx), "%s@%s", name, ver ? ver : ""));
    f->syms[i] = s;
    /* an object's definition of it is exported, so that the library binds to it */
    s->dso_ref = true;
    if (s->traced) trace(ctx, s, f, "definition of");
    if (s->synthetic && !s->file) continue;
    if (s->kind == SK_COMMON) {
      /* the library's definition wins over a COMMON, which becomes a reference */
      s->referenced = s->strong_ref = true;
      if (!s->ref_file) s->ref_file = s->file;
      s->is_common = false;
    } else if (s->kind != SK_UNDEF) {
      continue;
    }
    s->file = f;
    s->esym = i;
    s->kind = SK_SHARED;
    s->type = ELF64_ST_TYPE(es->st_info);
    s->bind = (uint8_t)bind;
    s->size = es->st_size;
    s->value = es->st_value;
    s->isec = NULL;
    s->is_absolute = false;
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
  if (o->entry) {
    Symbol *e = sym_intern(ctx, o->entry);
    e->referenced = e->strong_ref = true;
  }
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
      s->is_absolute = true;
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
    s->is_alias = true; /* resolved in fix_linker_symbols */
    d->target = t;
  }
}

/* COMMON symbols get space in a synthetic NOBITS section placed in .bss,
 * in symbol creation order (deterministic); TLS COMMON symbols in one
 * named .tcommon, which goes to the end of .tbss as GNU ld's *(.tcommon)
 * does.  The map file lists the .bss ones (ctx->common_syms). */
void allocate_common(Ctx *ctx) {
  uint64_t off[2] = {0, 0};
  uint32_t p2[2] = {0, 0};
  Vec tls = {0};
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (s->kind != SK_COMMON || !s->is_common || !s->file || !s->file->alive) continue;
    int t = s->type == STT_TLS;
    uint64_t align = s->value;
    off[t] = align_to(off[t], align);
    s->value = off[t];
    off[t] += s->size;
    uint32_t a = (uint32_t)__builtin_ctzll(align);
    if (a > p2[t]) p2[t] = a;
    vec_push(t ? &tls : &ctx->common_syms, s);
  }
  if (ctx->common_syms.len) {
    InputSection *is = new_synthetic(ctx, "COMMON", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, p2[0], 0, off[0], 0, NULL);
    ctx->common_sec = is;
    for (size_t i = 0; i < ctx->common_syms.len; i++) ((Symbol *)ctx->common_syms.data[i])->isec = is;
  }
  if (tls.len) {
    InputSection *is = new_synthetic(ctx, ".tcommon", SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_TLS, p2[1], 0, off[1], 0,
                                     NULL);
    for (size_t i = 0; i < tls.len; i++) ((Symbol *)tls.data[i])->isec = is;
    vec_free(&tls);
  }
}


/* ----------------------------------------------------- parallel interning */

typedef struct {
  InputFile **files;
} InternJob;

static void intern_one(Ctx *ctx, void *arg, size_t i) {
  InputFile *f = ((InternJob *)arg)->files[i];
  if (!f || !f->sym_hashes) return;
  bool wraps = ctx->opt.wraps.len > 0;
  for (uint32_t k = f->first_global; k < f->nsyms; k++) {
    if (wraps && esym_shndx(f, k) == SHN_UNDEF) continue; /* renamed in the serial pass */
    Symbol *s = sym_intern_parallel(ctx, global_name(f, k), f->sym_hashes[k - f->first_global]);
    f->syms[k] = s;
    if (esym_shndx(f, k) != SHN_UNDEF && !(atomic_load_explicit(&s->spec, memory_order_relaxed) & SPEC_DEF))
      atomic_fetch_or_explicit(&s->spec, SPEC_DEF, memory_order_relaxed);
  }
}

void intern_files_parallel(Ctx *ctx, InputFile **files, size_t n) {
  uint64_t total = 0;
  for (size_t i = 0; i < n; i++)
    if (files[i]) total += files[i]->nsyms - files[i]->first_global;
  sym_reserve(ctx, total);
  InternJob j = {files};
  par_for(ctx, n, 16, intern_one, &j);
}
