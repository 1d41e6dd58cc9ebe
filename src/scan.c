/*
 * scan.c - find out what the relocations need before layout: GOT slots,
 * GOT slots holding TLS offsets, and IPLT entries for IFUNC symbols; then
 * create the synthetic sections that hold them.
 *
 * In a static executable nothing is preemptible, so most GOT-indirect
 * references are relaxed to direct ones (reloc.c does the rewriting; the
 * decision is made by the same predicates here and there).  Scanning runs
 * in parallel per file and only sets flags; slots are then numbered in one
 * pass in file priority and symbol index order, so the layout does not
 * depend on thread timing.
 *
 * Every IFUNC symbol that is referenced gets an IPLT stub, a .got.plt slot
 * filled at startup from an R_X86_64_IRELATIVE entry in .rela.plt, and its
 * stub address as its canonical address (x86-64 psABI, "STT_GNU_IFUNC").
 */
#include "weld.h"

bool gotpcrelx_relaxable(Ctx *ctx, Symbol *s, uint32_t type, const uint8_t *loc) {
  (void)ctx;
  if (s->type == STT_GNU_IFUNC || !s->isec) return false;
  if (type == R_X86_64_GOTPCRELX) {
    uint8_t op = loc[-2], modrm = loc[-1];
    if (op == 0x8b) return true;                                /* mov */
    if (op == 0xff && (modrm == 0x15 || modrm == 0x25)) return true; /* call, jmp */
    return false;
  }
  if (type == R_X86_64_REX_GOTPCRELX) {
    uint8_t rex = loc[-3], op = loc[-2];
    return (rex & 0xf0) == 0x40 && op == 0x8b;
  }
  return false;
}

bool gottpoff_relaxable(const uint8_t *loc) {
  uint8_t rex = loc[-3], op = loc[-2], modrm = loc[-1];
  return (rex == 0x48 || rex == 0x4c) && (op == 0x8b || op == 0x03) && (modrm & 0xc7) == 0x05;
}

static void scan_section(Ctx *ctx, InputSection *is) {
  InputFile *f = is->file;
  for (uint32_t r = 0; r < is->nrels; r++) {
    const ElfRela *rel = &is->rels[r];
    uint32_t type = (uint32_t)ELF64_R_TYPE(rel->r_info);
    Symbol *s = f->syms[ELF64_R_SYM(rel->r_info)];
    /* the place's bytes, for the instruction checks (NULL for NOBITS) */
    const uint8_t *loc = is->data ? is->data + rel->r_offset : NULL;
    uint8_t need = 0;
    if (s->type == STT_GNU_IFUNC && sym_is_defined(s) && !s->synthetic) need |= NEEDS_PLT;
    switch (type) {
    case R_X86_64_GOTPCREL:
    case R_X86_64_GOT32:
    case R_X86_64_GOT64:
    case R_X86_64_GOTPLT64:
    case R_X86_64_GOTPCREL64:
      need |= NEEDS_GOT;
      break;
    case R_X86_64_GOTPCRELX:
    case R_X86_64_REX_GOTPCRELX: {
      uint64_t need_bytes = type == R_X86_64_GOTPCRELX ? 2 : 3;
      if (!loc || rel->r_offset < need_bytes || !gotpcrelx_relaxable(ctx, s, type, loc)) need |= NEEDS_GOT;
      break;
    }
    case R_X86_64_GOTTPOFF:
      if (!loc || rel->r_offset < 3 || !gottpoff_relaxable(loc)) need |= NEEDS_GOTTP;
      break;
    default:
      break;
    }
    if (need && (atomic_load(&s->needs) & need) != need) atomic_fetch_or(&s->needs, need);
  }
}

static void scan_file(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (is && is->nrels && atomic_load(&is->alive) && (is->flags & SHF_ALLOC) && !is->is_ehframe) scan_section(ctx, is);
  }
}

int32_t sym_got(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].got : -1; }
int32_t sym_gottp(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].gottp : -1; }
int32_t sym_plt(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].plt : -1; }

static SymAux *aux_of(Ctx *ctx, Symbol *s) {
  if (!s->aux) {
    if (ctx->sym_aux_len == ctx->sym_aux_cap) {
      ctx->sym_aux_cap = ctx->sym_aux_cap ? 2 * ctx->sym_aux_cap : 256;
      ctx->sym_aux = realloc(ctx->sym_aux, ctx->sym_aux_cap * sizeof(SymAux));
      if (!ctx->sym_aux) fatal(ctx, "out of memory");
    }
    ctx->sym_aux[ctx->sym_aux_len++] = (SymAux){-1, -1, -1};
    s->aux = ctx->sym_aux_len;
  }
  return &ctx->sym_aux[s->aux - 1];
}

static void assign(Ctx *ctx, Symbol *s, Vec *plts, Vec *got_vec, size_t *ngot) {
  uint8_t n = atomic_load(&s->needs);
  if (!n) return;
  SymAux *a = aux_of(ctx, s);
  if ((n & NEEDS_PLT) && a->plt < 0) {
    a->plt = (int32_t)plts->len;
    vec_push(plts, s);
  }
  if ((n & NEEDS_GOT) && a->got < 0) {
    a->got = (int32_t)(*ngot)++;
    GotEntry *e = NEW(ctx, GotEntry);
    e->sym = s;
    vec_push(got_vec, e);
  }
  if ((n & NEEDS_GOTTP) && a->gottp < 0) {
    a->gottp = (int32_t)(*ngot)++;
    GotEntry *e = NEW(ctx, GotEntry);
    e->sym = s;
    e->tp = true;
    vec_push(got_vec, e);
  }
}

uint64_t got_slot_addr(Ctx *ctx, int32_t idx) { return isec_addr(ctx->got, (uint64_t)idx * 8); }

static void write_got(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  for (uint32_t i = 0; i < ctx->ngot; i++) {
    GotEntry *e = &ctx->got_ents[i];
    uint64_t v = sym_addr(ctx, e->sym);
    if (e->tp) v = v - ctx->tp_addr;
    wr64(buf + 8 * i, v);
  }
}

static void write_gotplt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  memset(buf, 0, is->size);
  for (size_t i = 0; i < ctx->plt_syms.len; i++) wr64(buf + 24 + 8 * i, sym_real_addr(ctx, ctx->plt_syms.data[i]));
}

static void write_iplt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  memset(buf, 0xcc, is->size);
  for (size_t i = 0; i < ctx->plt_syms.len; i++) {
    uint8_t *p = buf + 16 * i;
    uint64_t P = isec_addr(is, 16 * i);
    uint64_t slot = isec_addr(ctx->gotplt, 24 + 8 * i);
    p[0] = 0xff;
    p[1] = 0x25; /* jmp *slot(%rip) */
    wr32(p + 2, (uint32_t)(slot - (P + 6)));
  }
}

static void write_rela_iplt(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)is;
  for (size_t i = 0; i < ctx->plt_syms.len; i++) {
    Elf64_Rela r;
    r.r_offset = isec_addr(ctx->gotplt, 24 + 8 * i);
    r.r_info = ELF64_R_INFO(0, R_X86_64_IRELATIVE);
    r.r_addend = (int64_t)sym_real_addr(ctx, ctx->plt_syms.data[i]);
    memcpy(buf + sizeof(r) * i, &r, sizeof(r));
  }
}

static InputSection *synth(Ctx *ctx, const char *name, uint32_t type, uint64_t flags, uint32_t p2, uint64_t size,
                           void (*fn)(Ctx *, InputSection *, uint8_t *)) {
  InputSection *is = NEW(ctx, InputSection);
  is->name = name;
  is->type = type;
  is->flags = flags;
  is->p2align = p2;
  is->size = size;
  is->write_fn = fn;
  atomic_init(&is->alive, true);
  return is;
}

/* The symbols that need a slot, in the order slots are numbered: found in
 * parallel (a file's symbols, or a block of syms_list), numbered serially. */
typedef struct {
  Symbol **syms;
  size_t n;
} NeedList;

#define NBLOCK 4096

static void collect_needs(Ctx *ctx, NeedList *l, Symbol **syms, size_t from, size_t to) {
  size_t n = 0;
  for (size_t k = from; k < to; k++) n += syms[k] && atomic_load_explicit(&syms[k]->needs, memory_order_relaxed);
  if (!n) return;
  l->syms = NEW_ARRAY(ctx, Symbol *, n);
  for (size_t k = from; k < to; k++)
    if (syms[k] && atomic_load_explicit(&syms[k]->needs, memory_order_relaxed)) l->syms[l->n++] = syms[k];
}

static void needs_of_file(Ctx *ctx, void *arg, size_t i) {
  InputFile *f = ctx->files.data[i];
  collect_needs(ctx, &((NeedList *)arg)[i], f->syms, 1, f->nsyms);
}

static void needs_of_block(Ctx *ctx, void *arg, size_t i) {
  size_t from = i * NBLOCK, to = MIN(from + NBLOCK, (size_t)ctx->syms_len);
  collect_needs(ctx, &((NeedList *)arg)[i], ctx->syms_list, from, to);
}

void scan_relocations(Ctx *ctx) {
  par_for(ctx, ctx->files.len, 4, scan_file, NULL);
  /* number the slots in a fixed order: files by priority, symbols by index,
   * then the symbol list */
  size_t nf = ctx->files.len, nb = (ctx->syms_len + NBLOCK - 1) / NBLOCK;
  NeedList *lists = calloc(nf + nb + 1, sizeof(NeedList));
  par_for(ctx, nf, 16, needs_of_file, lists);
  par_for(ctx, nb, 1, needs_of_block, lists + nf);
  size_t ngot = 0;
  Vec got_vec = {0};
  for (size_t i = 0; i < nf + nb; i++)
    for (size_t k = 0; k < lists[i].n; k++) assign(ctx, lists[i].syms[k], &ctx->plt_syms, &got_vec, &ngot);
  free(lists);
  ctx->ngot = (uint32_t)ngot;
  ctx->got_ents = NEW_ARRAY(ctx, GotEntry, ngot + 1);
  for (size_t i = 0; i < ngot; i++) ctx->got_ents[i] = *(GotEntry *)got_vec.data[i];
  vec_free(&got_vec);
}

void create_synthetic_sections(Ctx *ctx) {
  size_t nplt = ctx->plt_syms.len;
  if (ctx->ngot) ctx->got = synth(ctx, ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 3, 8ULL * ctx->ngot, write_got);
  /* .got.plt always exists, as with GNU ld: _GLOBAL_OFFSET_TABLE_ points at it */
  ctx->gotplt = synth(ctx, ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 3, 24 + 8 * nplt, write_gotplt);
  if (nplt) {
    ctx->iplt = synth(ctx, ".iplt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 4, 16 * nplt, write_iplt);
    ctx->rela_iplt = synth(ctx, ".rela.iplt", SHT_RELA, SHF_ALLOC | SHF_INFO_LINK, 3, sizeof(Elf64_Rela) * nplt,
                           write_rela_iplt);
    ctx->rela_iplt->entsize = sizeof(Elf64_Rela);
  }
}
