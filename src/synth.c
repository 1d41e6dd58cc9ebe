/*
 * synth.c - the sections the linker makes itself, through one constructor
 * (new_synthetic) and one list (ctx->synthetics): .got, .got.plt, .plt,
 * .plt.got, .iplt, .rela.dyn, .rela.plt (.rela.iplt in a static link) and
 * the copy-relocation areas; dynamic.c adds the dynamic-linking tables the
 * same way, and merge.c, ehframe.c, output.c and report.c theirs.
 *
 * Every synthetic section has a writer that fills its bytes when its chunk
 * of the output is assembled (output.c), so writing stays parallel.  What
 * goes in each slot was decided by the relocation scan (scan.c); what a
 * .got slot holds is decided once here (got_kind).
 *
 * PLT shapes (x86-64 psABI 3.5.5 / 4.4.1):
 *   PLT0    pushq GOT+8(%rip); jmpq *GOT+16(%rip); nopl 0(%rax)
 *   .plt    jmpq *slot(%rip); pushq $index; jmpq PLT0
 *   .plt.got jmpq *gotslot(%rip); xchg %ax,%ax     (8 bytes)
 *   .iplt   jmpq *slot(%rip), padded with int3     (IFUNC)
 * .got.plt holds three reserved words (the first is _DYNAMIC), then one
 * slot per .plt entry (first pointing back at the entry's push), then one
 * per IPLT entry.
 */
#include "weld.h"

InputSection *new_synthetic(Ctx *ctx, const char *name, uint32_t type, uint64_t flags, uint32_t p2align,
                            uint32_t entsize, uint64_t size, int rank,
                            void (*write)(Ctx *, InputSection *, uint8_t *)) {
  InputSection *is = NEW(ctx, InputSection);
  Synthetic *syn = NEW(ctx, Synthetic);
  syn->write = write;
  syn->rank = rank;
  is->syn = syn;
  is->name = name;
  is->type = type;
  is->flags = flags;
  is->p2align = p2align;
  is->entsize = entsize;
  is->size = size;
  atomic_init(&is->alive, true);
  vec_push(&ctx->synthetics, is);
  return is;
}

/* ------------------------------------------------------------- .got */

uint64_t got_slot_addr(Ctx *ctx, int32_t idx) { return isec_addr(ctx->got, (uint64_t)idx * 8); }

/* How a .got slot is filled, decided once from what it is for and the
 * symbol's class. */
static uint8_t got_kind(Ctx *ctx, const GotEntry *e) {
  const Symbol *s = e->sym;
  bool dynamic_sym = ctx->opt.dynamic && s && (sym_is_imported(s) || s->is_preemptible);
  bool shared = ctx->opt.kind == OUT_SHARED;
  switch (e->what) {
  case GE_ADDR:
    if (dynamic_sym) return GOT_DYN_SYM;
    return ctx->opt.pic && !s->is_absolute && sym_is_defined(s) ? GOT_RELATIVE : GOT_VALUE;
  case GE_TP: return dynamic_sym ? GOT_DYN_SYM : shared ? GOT_DYN_LOCAL : GOT_TP_VALUE;
  case GE_GD_MOD:
  case GE_DESC: return dynamic_sym ? GOT_DYN_SYM : GOT_DYN_LOCAL;
  case GE_GD_OFF: return dynamic_sym ? GOT_DYN_SYM : GOT_DTP_VALUE;
  case GE_LD_MOD: return GOT_DYN_LOCAL;
  default: return GOT_ZERO; /* GE_LD_OFF, GE_DESC_ARG */
  }
}

/* The dynamic relocation type of a slot the loader fills. */
static uint32_t got_rel_type(const GotEntry *e) {
  switch (e->what) {
  case GE_ADDR: return R_X86_64_GLOB_DAT;
  case GE_TP: return R_X86_64_TPOFF64;
  case GE_GD_MOD:
  case GE_LD_MOD: return R_X86_64_DTPMOD64;
  case GE_GD_OFF: return R_X86_64_DTPOFF64;
  default: return R_X86_64_TLSDESC;
  }
}

static void write_got(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  for (uint32_t i = 0; i < ctx->ngot; i++) {
    GotEntry *e = &ctx->got_ents[i];
    uint64_t v = 0;
    if (e->kind == GOT_VALUE || e->kind == GOT_RELATIVE) v = sym_addr(ctx, e->sym);
    else if (e->kind == GOT_TP_VALUE) v = sym_addr(ctx, e->sym) - ctx->tp_addr;
    else if (e->kind == GOT_DTP_VALUE) v = sym_addr(ctx, e->sym) - ctx->tls_begin;
    wr64(buf + 8 * i, v);
  }
}

/* ------------------------------------------------------------ PLTs */

#define PLT0_SIZE 16
#define PLT_SIZE 16
#define PLTGOT_SIZE 8

static uint64_t gotplt_slot(Ctx *ctx, size_t i) { return isec_addr(ctx->gotplt, 24 + 8 * i); }
static uint64_t iplt_slot(Ctx *ctx, size_t i) { return gotplt_slot(ctx, ctx->dplt_syms.len + i); }

uint64_t plt_entry_addr(Ctx *ctx, const Symbol *s) {
  if (!s->aux) return sym_real_addr(ctx, (Symbol *)s);
  SymAux *a = &ctx->sym_aux[s->aux - 1];
  if (a->dplt >= 0) return isec_addr(ctx->plt, PLT0_SIZE + PLT_SIZE * (uint64_t)a->dplt);
  if (a->pltgot >= 0) return isec_addr(ctx->pltgot, PLTGOT_SIZE * (uint64_t)a->pltgot);
  return sym_addr(ctx, (Symbol *)s);
}

static void write_gotplt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  memset(buf, 0, is->size);
  if (ctx->dynamic) wr64(buf, isec_addr(ctx->dynamic, 0));
  for (size_t i = 0; i < ctx->dplt_syms.len; i++)
    wr64(buf + 24 + 8 * i, isec_addr(ctx->plt, PLT0_SIZE + PLT_SIZE * i + 6));
  size_t first = ctx->dplt_syms.len;
  for (size_t i = 0; i < ctx->plt_syms.len; i++)
    wr64(buf + 24 + 8 * (first + i), sym_real_addr(ctx, ctx->plt_syms.data[i]));
}

/* jmpq *target(%rip) at p (address P) */
static void jmp_mem(uint8_t *p, uint64_t P, uint64_t target) {
  p[0] = 0xff;
  p[1] = 0x25;
  wr32(p + 2, (uint32_t)(target - (P + 6)));
}

static void write_plt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  uint64_t base = isec_addr(is, 0), got = isec_addr(ctx->gotplt, 0);
  /* PLT0: pushq GOT+8(%rip); jmpq *GOT+16(%rip); nopl 0(%rax) */
  static const uint8_t plt0[] = {0xff, 0x35, 0, 0, 0, 0, 0xff, 0x25, 0, 0, 0, 0, 0x0f, 0x1f, 0x40, 0x00};
  memcpy(buf, plt0, sizeof(plt0));
  wr32(buf + 2, (uint32_t)(got + 8 - (base + 6)));
  wr32(buf + 8, (uint32_t)(got + 16 - (base + 12)));
  for (size_t i = 0; i < ctx->dplt_syms.len; i++) {
    uint8_t *p = buf + PLT0_SIZE + PLT_SIZE * i;
    uint64_t P = base + PLT0_SIZE + PLT_SIZE * i;
    jmp_mem(p, P, gotplt_slot(ctx, i));
    p[6] = 0x68; /* pushq $i */
    wr32(p + 7, (uint32_t)i);
    p[11] = 0xe9; /* jmpq PLT0 */
    wr32(p + 12, (uint32_t)(base - (P + 16)));
  }
}

static void write_pltgot(Ctx *ctx, InputSection *is, uint8_t *buf) {
  for (size_t i = 0; i < ctx->pltgot_syms.len; i++) {
    uint8_t *p = buf + PLTGOT_SIZE * i;
    jmp_mem(p, isec_addr(is, PLTGOT_SIZE * i), got_slot_addr(ctx, sym_got(ctx, ctx->pltgot_syms.data[i])));
    p[6] = 0x66; /* xchg %ax,%ax */
    p[7] = 0x90;
  }
}

static void write_iplt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  memset(buf, 0xcc, is->size);
  for (size_t i = 0; i < ctx->plt_syms.len; i++) jmp_mem(buf + 16 * i, isec_addr(is, 16 * i), iplt_slot(ctx, i));
}

/* ------------------------------------------------------ relocations */

static uint8_t *put_rela(uint8_t *p, uint64_t off, uint32_t sym, uint32_t type, int64_t addend) {
  Elf64_Rela r = {off, ELF64_R_INFO(sym, type), addend};
  memcpy(p, &r, sizeof(r));
  return p + sizeof(r);
}

static uint32_t dynsym_index(Ctx *ctx, const Symbol *s) {
  int32_t i = s->aux ? ctx->sym_aux[s->aux - 1].dynsym : -1;
  if (i < 0) BUG("%s has no .dynsym entry", s->name);
  return (uint32_t)i;
}

/* IRELATIVE entries of the IPLT slots: .rela.iplt's whole contents in a
 * static link, the tail of .rela.plt in a dynamic one */
static uint8_t *put_irelative(Ctx *ctx, uint8_t *p) {
  for (size_t i = 0; i < ctx->plt_syms.len; i++)
    p = put_rela(p, iplt_slot(ctx, i), 0, R_X86_64_IRELATIVE, (int64_t)sym_real_addr(ctx, ctx->plt_syms.data[i]));
  return p;
}

static void write_rela_iplt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  put_irelative(ctx, buf);
}

static void write_rela_plt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  uint8_t *p = buf;
  for (size_t i = 0; i < ctx->dplt_syms.len; i++)
    p = put_rela(p, gotplt_slot(ctx, i), dynsym_index(ctx, ctx->dplt_syms.data[i]), R_X86_64_JUMP_SLOT, 0);
  put_irelative(ctx, p);
}

/* .rela.dyn: [RELATIVE: .got's, then the sections'] [symbolic: .got's,
 * copies, then the sections'].  The sections' places were fixed by
 * place_dynrels' prefix sums.  It is written in parts, in parallel: the
 * .got's (and copies') entries of each kind, and each file's of each kind. */
typedef struct {
  uint32_t file;  /* index in ctx->files, or UINT32_MAX for the .got and copies */
  bool sym;       /* the symbolic entries, else the RELATIVE ones */
} RelaPart;

static void write_got_rela(Ctx *ctx, bool sym, uint8_t *p) {
  for (uint32_t i = 0; i < ctx->ngot; i++) {
    GotEntry *e = &ctx->got_ents[i];
    uint64_t P = got_slot_addr(ctx, (int32_t)i);
    if (!sym && e->kind == GOT_RELATIVE && !ctx->opt.pack_relative)
      p = put_rela(p, P, 0, R_X86_64_RELATIVE, (int64_t)sym_addr(ctx, e->sym));
    else if (sym && e->kind == GOT_DYN_SYM) p = put_rela(p, P, dynsym_index(ctx, e->sym), got_rel_type(e), 0);
    else if (sym && e->kind == GOT_DYN_LOCAL) {
      /* the module's own: its ID, or an offset in its TLS block */
      int64_t off = e->what == GE_LD_MOD || e->what == GE_GD_MOD ? 0 : (int64_t)(sym_addr(ctx, e->sym) - ctx->tls_begin);
      p = put_rela(p, P, 0, got_rel_type(e), off);
    }
  }
  for (size_t i = 0; sym && i < ctx->copy_syms.len; i++) {
    Symbol *s = ctx->copy_syms.data[i];
    p = put_rela(p, sym_real_addr(ctx, s), dynsym_index(ctx, s), R_X86_64_COPY, 0);
  }
}

static void write_file_rela(Ctx *ctx, InputFile *f, bool sym, uint8_t *p) {
  for (uint32_t k = 0; k < f->ndynrels; k++) {
    InputSection *is = f->dynrels[k].is;
    for (uint32_t r = 0; r < is->nrels; r++) {
      const ElfRela *x = &is->rels[r];
      if (!sym && is->actions[r] == RA_DYN_RELATIVE)
        p = put_rela(p, isec_addr(is, reloc_place(is, x->r_offset)), 0, R_X86_64_RELATIVE,
                     (int64_t)reloc_sa(ctx, is, x));
      else if (sym && is->actions[r] == RA_DYN_ABS)
        p = put_rela(p, isec_addr(is, reloc_place(is, x->r_offset)),
                     dynsym_index(ctx, f->syms[ELF64_R_SYM(x->r_info)]), R_X86_64_64,
                     x->r_addend);
    }
  }
}

static void write_rela_dyn_part(Ctx *ctx, InputSection *is, uint32_t part, uint8_t *buf) {
  const RelaPart *rp = &((const RelaPart *)is->syn->data)[part];
  if (rp->file == UINT32_MAX) write_got_rela(ctx, rp->sym, buf);
  else write_file_rela(ctx, ctx->files.data[rp->file], rp->sym, buf);
}

/* The parts, in the order of their places in .rela.dyn. */
static void split_rela_dyn(Ctx *ctx, InputSection *is) {
  size_t n = 2;
  for (size_t fi = 0; fi < ctx->files.len; fi++) n += 2 * (((InputFile *)ctx->files.data[fi])->ndynrels > 0);
  RelaPart *parts = NEW_ARRAY(ctx, RelaPart, n);
  uint64_t *off = NEW_ARRAY(ctx, uint64_t, n + 1);
  uint32_t np = 0;
  uint64_t at = 0;
  for (int sym = 0; sym < 2; sym++) {
    uint64_t got = sym ? ctx->got_sym + ctx->copy_syms.len : ctx->got_relative;
    parts[np] = (RelaPart){UINT32_MAX, sym};
    off[np++] = at;
    at += got * sizeof(Elf64_Rela);
    for (size_t fi = 0; fi < ctx->files.len; fi++) {
      InputFile *f = ctx->files.data[fi];
      if (!f->ndynrels) continue;
      uint64_t cnt = 0;
      for (uint32_t k = 0; k < f->ndynrels; k++) cnt += sym ? f->dynrels[k].nsym : f->dynrels[k].nrelative;
      parts[np] = (RelaPart){(uint32_t)fi, sym};
      off[np++] = at;
      at += cnt * sizeof(Elf64_Rela);
    }
  }
  off[np] = at;
  if (at != is->size) BUG(".rela.dyn parts cover %llu of %llu bytes", (unsigned long long)at, (unsigned long long)is->size);
  is->syn->data = parts;
  is->syn->nparts = np;
  is->syn->part_off = off;
  is->syn->write_part = write_rela_dyn_part;
}

/* Each section's first RELATIVE and symbolic .rela.dyn index: prefix sums
 * in file priority order, after the .got's and the copies' entries. */
static void place_dynrels(Ctx *ctx) {
  uint64_t nrel = 0, nsym = 0, nrelr = 0;
  for (uint32_t i = 0; i < ctx->ngot; i++) {
    GotEntry *e = &ctx->got_ents[i];
    e->kind = got_kind(ctx, e);
    /* .got slots are aligned: packed into .relr.dyn if asked */
    if (e->kind == GOT_RELATIVE && ctx->opt.pack_relative) nrelr++;
    else nrel += e->kind == GOT_RELATIVE;
    nsym += e->kind == GOT_DYN_SYM || e->kind == GOT_DYN_LOCAL;
  }
  ctx->got_relative = nrel;
  ctx->got_sym = nsym;
  nsym += ctx->copy_syms.len;
  for (size_t fi = 0; fi < ctx->files.len; fi++) {
    InputFile *f = ctx->files.data[fi];
    for (uint32_t k = 0; k < f->ndynrels; k++) {
      f->dynrels[k].at_relative = nrel;
      f->dynrels[k].at_sym = nsym;
      nrel += f->dynrels[k].nrelative;
      nsym += f->dynrels[k].nsym;
      nrelr += f->dynrels[k].nrelr;
    }
  }
  ctx->nrelr = nrelr;
  ctx->ndyn_relative = nrel;
  ctx->ndyn_sym = nsym;
  /* symbolic entries follow all RELATIVE ones */
  for (size_t fi = 0; fi < ctx->files.len; fi++) {
    InputFile *f = ctx->files.data[fi];
    for (uint32_t k = 0; k < f->ndynrels; k++) f->dynrels[k].at_sym += nrel;
  }
}

/* ------------------------------------------------------- .relr.dyn */

static int u64_cmp(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* DT_RELR (gABI proposal, as glibc 2.36 reads it): the sorted places, as
 * an address word (even) that is relocated itself, followed by bitmap
 * words (odd) whose bit i > 0 relocates the (i-1)th word after the last
 * covered one, 63 words per bitmap.  The encoding depends only on the
 * places' distances, which a uniform shift of the RW segment keeps. */
bool encode_relr(Ctx *ctx) {
  if (!ctx->relr) return false;
  uint64_t *places = malloc((ctx->nrelr + 1) * sizeof(uint64_t)), n = 0;
  if (!places) fatal(ctx, "out of memory");
  for (uint32_t i = 0; i < ctx->ngot; i++)
    if (ctx->got_ents[i].kind == GOT_RELATIVE) places[n++] = got_slot_addr(ctx, (int32_t)i);
  for (size_t fi = 0; fi < ctx->files.len; fi++) {
    InputFile *f = ctx->files.data[fi];
    for (uint32_t k = 0; k < f->ndynrels; k++) {
      DynRelSec *d = &f->dynrels[k];
      for (uint32_t r = 0; d->nrelr && r < d->is->nrels; r++)
        if (d->is->actions[r] == RA_DYN_RELR)
          places[n++] = isec_addr(d->is, reloc_place(d->is, d->is->rels[r].r_offset));
    }
  }
  qsort(places, n, sizeof(uint64_t), u64_cmp);
  free(ctx->relr_words);
  ctx->relr_words = malloc((n + 1) * sizeof(uint64_t));
  if (!ctx->relr_words) fatal(ctx, "out of memory");
  uint64_t w = 0;
  for (uint64_t i = 0; i < n;) {
    ctx->relr_words[w++] = places[i];
    uint64_t next = places[i++] + 8;
    for (;;) {
      uint64_t bits = 0;
      while (i < n && places[i] >= next && places[i] - next < 63 * 8 && (places[i] - next) % 8 == 0)
        bits |= 1ULL << ((places[i++] - next) / 8);
      while (i < n && places[i] < next) i++; /* a duplicate place */
      if (!bits) break;
      ctx->relr_words[w++] = bits << 1 | 1;
      next += 63 * 8;
    }
  }
  free(places);
  ctx->nrelr_words = w;
  uint64_t old = ctx->relr->size;
  ctx->relr->size = 8 * w;
  return ctx->relr->size != old;
}

static void write_relr(Ctx *ctx, InputSection *is, uint8_t *buf) {
  for (uint64_t i = 0; i < ctx->nrelr_words && 8 * i < is->size; i++) wr64(buf + 8 * i, ctx->relr_words[i]);
}

/* --------------------------------------------------- copy relocations */

static void write_zeros(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)ctx;
  memset(buf, 0, is->size);
}



/* Whether a shared object's symbol lies in a section it cannot write:
 * then its copy goes to the RELRO copy area, as GNU ld does. */
static bool dso_sym_readonly(InputFile *f, uint32_t i) {
  uint32_t shndx = f->esyms[i].st_shndx;
  return shndx < f->nsections && !(f->shdrs[shndx].sh_flags & SHF_WRITE);
}

/* Whether the bytes a copy relocation copies lie inside the library's
 * section (a corrupt size could ask for terabytes, or wrap around). */
static bool copy_fits(InputFile *f, uint32_t i) {
  const ElfSym *es = &f->esyms[i];
  if (es->st_shndx == SHN_UNDEF || es->st_shndx >= f->nsections) return false;
  const ElfShdr *sh = &f->shdrs[es->st_shndx];
  uint64_t end;
  return es->st_value >= sh->sh_addr && !add_overflow(es->st_value, es->st_size, &end) &&
         end <= sh->sh_addr + sh->sh_size;
}

/* Space for each copied symbol; the library's other names for the same
 * address (its aliases) are given the copy too, so that all of them bind
 * to it. */
static void allocate_copies(Ctx *ctx) {
  uint64_t size[2] = {0, 0};
  uint32_t p2[2] = {0, 0};
  InputSection **area[2] = {&ctx->copy_bss, &ctx->copy_relro};
  /* one copy per address: a symbol whose alias came first shares its copy */
  size_t n = 0;
  for (size_t i = 0; i < ctx->copy_syms.len; i++) {
    Symbol *s = ctx->copy_syms.data[i];
    bool alias = false;
    for (size_t k = 0; k < n && !alias; k++) {
      Symbol *t = ctx->copy_syms.data[k];
      alias = t->file == s->file && t->file->esyms[t->esym].st_value == s->file->esyms[s->esym].st_value;
    }
    if (!alias) ctx->copy_syms.data[n++] = s;
  }
  ctx->copy_syms.len = n;
  for (size_t i = 0; i < ctx->copy_syms.len; i++) {
    Symbol *s = ctx->copy_syms.data[i];
    if (!copy_fits(s->file, s->esym)) {
      error(ctx, "%s: symbol '%s' (size 0x%llx at 0x%llx) does not lie within its section: cannot copy it",
            file_name(s->file), s->name, (unsigned long long)s->size,
            (unsigned long long)s->file->esyms[s->esym].st_value);
      continue;
    }
    int ro = dso_sym_readonly(s->file, s->esym);
    uint64_t v = s->file->esyms[s->esym].st_value;
    uint32_t a = v ? (uint32_t)MIN(__builtin_ctzll(v), 5) : 5; /* the library's alignment, at most 32 */
    size[ro] = align_to(size[ro], 1ULL << a);
    s->value = size[ro];
    size[ro] += MAX(s->size, 1);
    p2[ro] = MAX(p2[ro], a);
  }
  if (!ctx->copy_syms.len) return;
  if (size[0])
    ctx->copy_bss = new_synthetic(ctx, ".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, p2[0], 0, size[0], 0, NULL);
  if (size[1]) {
    ctx->copy_relro = new_synthetic(ctx, ".data.rel.ro", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, p2[1], 0, size[1],
                                    0, write_zeros);
    ctx->copy_relro->syn->relro = true;
  }
  for (size_t i = 0; i < ctx->copy_syms.len; i++) {
    Symbol *s = ctx->copy_syms.data[i];
    s->isec = *area[dso_sym_readonly(s->file, s->esym)];
  }
  /* aliases: the same library, the same address */
  for (size_t i = 0; i < ctx->copy_syms.len; i++) {
    Symbol *s = ctx->copy_syms.data[i];
    InputFile *f = s->file;
    uint64_t v = f->esyms[s->esym].st_value;
    for (uint32_t k = f->first_global; k < f->nsyms; k++) {
      Symbol *t = f->syms[k];
      if (!t || t == s || t->file != f || !sym_is_imported(t) || t->esym != k || f->esyms[k].st_value != v) continue;
      t->isec = s->isec;
      t->value = s->value;
      sym_need(t, NEEDS_DYNSYM);
    }
  }
}

/* ------------------------------------------------ .note.gnu.property */

/* x86-64 psABI property ranges: AND over every input (dropped if one
 * lacks it), OR over the inputs that have it, and OR kept only if every
 * input has it. */
#define X86_AND_LO 0xc0000002u
#define X86_AND_HI 0xc0007fffu
#define X86_OR_LO 0xc0008000u
#define X86_OR_HI 0xc000ffffu
#define X86_OR_AND_LO 0xc0010000u
#define X86_OR_AND_HI 0xc0017fffu
#define MAX_PROPS 16

typedef struct {
  uint32_t type, val, count;
} Prop;

static void write_property(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)ctx;
  memcpy(buf, is->syn->data, is->size);
}

/* -z cet-report=warning|error: each object without IBT or SHSTK in its
 * GNU_PROPERTY_X86_FEATURE_1_AND, in load order, as GNU ld words it.  A
 * bit -z ibt / -z shstk forces is not asked for; shared libraries are not
 * checked. */
static void report_cet(Ctx *ctx) {
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    if (f->is_dso) continue;
    uint32_t types[MAX_PROPS], vals[MAX_PROPS], have = 0;
    int n = f->prop_note ? gnu_properties(f->prop_note, f->prop_size, types, vals, MAX_PROPS) : 0;
    for (int k = 0; k < MIN(n, MAX_PROPS); k++)
      if (types[k] == GNU_PROPERTY_X86_FEATURE_1_AND) have = vals[k];
    have |= ctx->opt.z_x86_feature;
    bool ibt = have & GNU_PROPERTY_X86_FEATURE_1_IBT, shstk = have & GNU_PROPERTY_X86_FEATURE_1_SHSTK;
    if (ibt && shstk) continue;
    const char *what = !ibt && !shstk ? "IBT and SHSTK properties" : !ibt ? "IBT property" : "SHSTK property";
    if (ctx->opt.cet_report == 2) error(ctx, "%s: missing %s", file_name(f), what);
    else warn(ctx, "%s: missing %s", file_name(f), what);
  }
}

/* One NT_GNU_PROPERTY_TYPE_0 note with the properties merged as GNU ld
 * merges them, -z ibt, -z shstk and -z x86-64-vN added; none if nothing
 * survives. */
static void create_property_note(Ctx *ctx) {
  if (ctx->opt.cet_report) report_cet(ctx);
  Prop props[MAX_PROPS];
  int np = 0;
  size_t nfiles = 0;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    nfiles++;
    uint32_t types[MAX_PROPS], vals[MAX_PROPS];
    int n = f->prop_note ? gnu_properties(f->prop_note, f->prop_size, types, vals, MAX_PROPS) : 0;
    for (int k = 0; k < MIN(n, MAX_PROPS); k++) {
      bool is_and = types[k] >= X86_AND_LO && types[k] <= X86_AND_HI;
      if (!is_and && !(types[k] >= X86_OR_LO && types[k] <= X86_OR_AND_HI)) continue; /* not merged: dropped */
      int j = 0;
      while (j < np && props[j].type != types[k]) j++;
      if (j == np) {
        if (np == MAX_PROPS) continue;
        props[np++] = (Prop){types[k], is_and ? ~0u : 0, 0};
      }
      props[j].val = is_and ? props[j].val & vals[k] : props[j].val | vals[k];
      props[j].count++;
    }
  }
  /* -z ibt / -z shstk: the AND of the inputs (nothing if one lacks it)
   * plus the forced bits; -z x86-64-vN: its bit in ISA_1_NEEDED */
  Options *o = &ctx->opt;
  uint32_t forced[2][2] = {{GNU_PROPERTY_X86_FEATURE_1_AND, o->z_x86_feature},
                           {GNU_PROPERTY_X86_ISA_1_NEEDED, o->z_isa_level ? 1u << (o->z_isa_level - 1) : 0}};
  for (int k = 0; k < 2; k++) {
    if (!forced[k][1]) continue;
    int j = 0;
    while (j < np && props[j].type != forced[k][0]) j++;
    if (j == np) {
      if (np == MAX_PROPS) continue;
      props[np++] = (Prop){forced[k][0], 0, 0};
    }
    if (k == 0 && props[j].count != nfiles) props[j].val = 0;
    props[j].val |= forced[k][1];
    props[j].count = (uint32_t)nfiles;
  }
  /* in type order, as GNU ld writes them */
  for (int a = 1; a < np; a++)
    for (int b = a; b > 0 && props[b - 1].type > props[b].type; b--) {
      Prop t = props[b];
      props[b] = props[b - 1];
      props[b - 1] = t;
    }
  int keep = 0;
  for (int j = 0; j < np; j++) {
    bool everywhere = props[j].count == nfiles;
    bool is_or = props[j].type >= X86_OR_LO && props[j].type <= X86_OR_HI;
    if ((is_or || everywhere) && (is_or || props[j].val)) props[keep++] = props[j];
  }
  if (!keep) return;
  uint64_t size = 16 + 16ULL * (uint64_t)keep;
  uint8_t *p = arena_alloc(ctx_arena(ctx), size);
  wr32(p, 4);
  wr32(p + 4, (uint32_t)(size - 16));
  wr32(p + 8, NT_GNU_PROPERTY_TYPE_0);
  memcpy(p + 12, "GNU", 4);
  for (int j = 0; j < keep; j++) {
    wr32(p + 16 + 16 * j, props[j].type);
    wr32(p + 20 + 16 * j, 4);
    wr32(p + 24 + 16 * j, props[j].val);
  }
  ctx->property = new_synthetic(ctx, ".note.gnu.property", SHT_NOTE, SHF_ALLOC, 3, 0, size, SR_PROPERTY, write_property);
  ctx->property->syn->data = p;
}

/* --------------------------------------------------------- creation */

void create_synthetic_sections(Ctx *ctx) {
  size_t niplt = ctx->plt_syms.len, ndplt = ctx->dplt_syms.len;
  bool dyn = ctx->opt.dynamic;
  create_property_note(ctx);
  allocate_copies(ctx);
  place_dynrels(ctx);
  if (ctx->ngot)
    ctx->got = new_synthetic(ctx, ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 3, 8, 8ULL * ctx->ngot, SR_GOT,
                             write_got);
  /* .got.plt always exists, as with GNU ld: _GLOBAL_OFFSET_TABLE_ points at it */
  ctx->gotplt = new_synthetic(ctx, ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 3, 8, 24 + 8 * (ndplt + niplt),
                              SR_GOTPLT, write_gotplt);
  ctx->gotplt->syn->relro = ctx->opt.z_now && ctx->opt.z_relro && dyn;
  if (ndplt)
    ctx->plt = new_synthetic(ctx, ".plt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 4, PLT_SIZE,
                             PLT0_SIZE + PLT_SIZE * ndplt, SR_PLT, write_plt);
  if (ctx->pltgot_syms.len)
    ctx->pltgot = new_synthetic(ctx, ".plt.got", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 3, PLTGOT_SIZE,
                                PLTGOT_SIZE * ctx->pltgot_syms.len, SR_PLTGOT, write_pltgot);
  if (niplt)
    ctx->iplt = new_synthetic(ctx, ".iplt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 4, 0, 16 * niplt, SR_IPLT,
                              write_iplt);
  if (niplt && !dyn) {
    ctx->rela_iplt = new_synthetic(ctx, ".rela.iplt", SHT_RELA, SHF_ALLOC | SHF_INFO_LINK, 3, sizeof(Elf64_Rela),
                                   sizeof(Elf64_Rela) * niplt, SR_RELA_PLT, write_rela_iplt);
    ctx->rela_iplt->syn->link_symtab = true;
    ctx->rela_iplt->syn->info = ctx->gotplt;
  }
  if (!dyn) return;
  if (ctx->nrelr) /* sized by encode_relr once addresses are known */
    ctx->relr = new_synthetic(ctx, ".relr.dyn", SHT_RELR, SHF_ALLOC, 3, 8, 8 * ctx->nrelr, SR_RELR, write_relr);
  create_dynamic_sections(ctx);
  uint64_t ndyn = ctx->ndyn_relative + ctx->ndyn_sym;
  if (ndyn) {
    ctx->rela_dyn = new_synthetic(ctx, ".rela.dyn", SHT_RELA, SHF_ALLOC, 3, sizeof(Elf64_Rela),
                                  sizeof(Elf64_Rela) * ndyn, SR_RELA_DYN, NULL);
    ctx->rela_dyn->syn->link = ctx->dynsym;
    split_rela_dyn(ctx, ctx->rela_dyn);
  }
  if (ndplt + niplt) {
    ctx->rela_plt = new_synthetic(ctx, ".rela.plt", SHT_RELA, SHF_ALLOC | SHF_INFO_LINK, 3, sizeof(Elf64_Rela),
                                  sizeof(Elf64_Rela) * (ndplt + niplt), SR_RELA_PLT, write_rela_plt);
    ctx->rela_plt->syn->link = ctx->dynsym;
    ctx->rela_plt->syn->info = ctx->gotplt;
  }
}
