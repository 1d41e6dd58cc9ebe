/*
 * scan.c - decide, before layout, what each relocation of an allocated
 * section will do, and what its symbol needs for that: a GOT slot, a GOT
 * slot holding a TP offset, an IPLT entry (IFUNC), a PLT entry or a
 * canonical PLT entry (imported functions), a copy relocation (imported
 * data), or a dynamic relocation.
 *
 * The decision is one lookup in the action table below, indexed by the
 * output kind, the symbol's class and the relocation's class; a few
 * entries are refined by the section (writable or not) or by the
 * instruction (relaxable or not).  The chosen RelAction is stored per
 * relocation and reloc.c applies it without deciding anything again.
 * Dynamic relocations are counted per input section here and placed by
 * prefix sums (synth.c), so writing stays parallel and deterministic.
 *
 * Scanning runs in parallel per file and only sets flags on symbols;
 * slots are then numbered in one pass in file priority and symbol index
 * order, so the layout does not depend on thread timing.
 */
#include "weld.h"

/* ------------------------------------------------ instruction checks */

/* psABI B.2: "mov foo@GOTPCREL(%rip), %reg", "call/jmp *foo@GOTPCREL(%rip)"
 * may become direct when foo is defined in the output.  `off` is the
 * relocation's offset in its section: the opcode bytes must be inside it. */
bool gotpcrelx_relaxable(const Symbol *s, uint32_t type, const uint8_t *loc, uint64_t off) {
  if (!loc || s->type == STT_GNU_IFUNC || !s->isec || s->is_preemptible || sym_is_imported(s)) return false;
  if (type == R_X86_64_GOTPCRELX) {
    if (off < 2) return false;
    uint8_t op = loc[-2], modrm = loc[-1];
    if (op == 0x8b) return true;                                     /* mov */
    return op == 0xff && (modrm == 0x15 || modrm == 0x25);           /* call, jmp */
  }
  if (type == R_X86_64_REX_GOTPCRELX) {
    if (off < 3) return false;
    uint8_t rex = loc[-3], op = loc[-2];
    return (rex & 0xf0) == 0x40 && op == 0x8b;
  }
  return false;
}

/* movq x@gottpoff(%rip), %reg / addq x@gottpoff(%rip), %reg */
bool gottpoff_relaxable(const uint8_t *loc) {
  uint8_t rex = loc[-3], op = loc[-2], modrm = loc[-1];
  return (rex == 0x48 || rex == 0x4c) && (op == 0x8b || op == 0x03) && (modrm & 0xc7) == 0x05;
}

/* ------------------------------------------------------ the table */

/* Relocation classes: relocation types that are treated alike. */
typedef enum {
  RC_NONE,    /* R_X86_64_NONE */
  RC_ABS64,   /* R_X86_64_64: can become a dynamic relocation */
  RC_ABS,     /* 32, 32S, 16, 8: absolute, too small for a dynamic relocation */
  RC_PC,      /* PC32, PC16, PC8, PC64: the symbol's address, relative */
  RC_PLT,     /* PLT32, PLTOFF64: a call; the PLT entry will do */
  RC_GOT,     /* GOTPCREL, GOT32, GOT64, GOTPCREL64, GOTPLT64: needs a slot */
  RC_GOTX,    /* GOTPCRELX, REX_GOTPCRELX: a slot unless relaxed */
  RC_GOTBASE, /* GOTPC32, GOTPC64, GOTOFF64, SIZE32, SIZE64: no dynamic need */
  RC_TPOFF,   /* TPOFF32, TPOFF64: local exec */
  RC_DTPOFF,  /* DTPOFF32, DTPOFF64: offset in the module's TLS block */
  RC_TLS_IE,  /* GOTTPOFF */
  RC_TLS_GD,  /* TLSGD */
  RC_TLS_LD,  /* TLSLD */
  RC_TLSDESC, /* GOTPC32_TLSDESC */
  RC_TLSCALL, /* TLSDESC_CALL */
  NRC
} RelClass;

static RelClass rel_class(uint32_t type) {
  switch (type) {
  case R_X86_64_NONE: return RC_NONE;
  case R_X86_64_64: return RC_ABS64;
  case R_X86_64_32: case R_X86_64_32S: case R_X86_64_16: case R_X86_64_8: return RC_ABS;
  case R_X86_64_PC32: case R_X86_64_PC16: case R_X86_64_PC8: case R_X86_64_PC64: return RC_PC;
  case R_X86_64_PLT32: case R_X86_64_PLTOFF64: return RC_PLT;
  case R_X86_64_GOTPCREL: case R_X86_64_GOT32: case R_X86_64_GOT64: case R_X86_64_GOTPCREL64:
  case R_X86_64_GOTPLT64: return RC_GOT;
  case R_X86_64_GOTPCRELX: case R_X86_64_REX_GOTPCRELX: return RC_GOTX;
  case R_X86_64_TPOFF32: case R_X86_64_TPOFF64: return RC_TPOFF;
  case R_X86_64_DTPOFF32: case R_X86_64_DTPOFF64: return RC_DTPOFF;
  case R_X86_64_GOTTPOFF: return RC_TLS_IE;
  case R_X86_64_TLSGD: return RC_TLS_GD;
  case R_X86_64_TLSLD: return RC_TLS_LD;
  case R_X86_64_GOTPC32_TLSDESC: return RC_TLSDESC;
  case R_X86_64_TLSDESC_CALL: return RC_TLSCALL;
  default: return RC_GOTBASE; /* GOTPC32/64, GOTOFF64, SIZE32/64 (object.c admits nothing else) */
  }
}

/* Symbol classes, from classify_symbols' decisions (dynamic.c). */
typedef enum {
  SC_LOCAL,   /* defined in the output, bound here */
  SC_ABS,     /* an absolute value: the same at any load address */
  SC_FUNC,    /* imported function */
  SC_DATA,    /* imported data */
  SC_PREEMPT, /* defined here but preemptible, or an undefined weak of a dynamic link */
  NSC
} SymClass;

static SymClass sym_class(const Symbol *s) {
  if (sym_is_imported(s)) return s->type == STT_FUNC || s->type == STT_GNU_IFUNC ? SC_FUNC : SC_DATA;
  if (s->is_preemptible) return SC_PREEMPT;
  /* an undefined weak that nothing can define later (a static PIE) is 0
   * at any load address */
  if (s->is_absolute || !sym_is_defined(s)) return SC_ABS;
  return SC_LOCAL;
}

/* Table entries beyond RelAction: refined by scan_one. */
enum {
  X_DYN_OR_CPLT = 32,  /* writable section: RA_DYN_ABS; else canonical PLT */
  X_DYN_OR_COPY,       /* writable section: RA_DYN_ABS; else copy relocation */
  X_CPLT,              /* canonical PLT; S is its address */
  X_COPY,              /* copy relocation; S is the copy */
  X_PLT,               /* a PLT entry */
  X_GOTX,              /* relax if the instruction allows, else RA_GOT */
  X_IE,                /* GOTTPOFF: relax to LE if possible, else a TP-offset slot */
  X_GD,                /* TLSGD: LE for a local symbol, IE for an import */
  X_DESC,              /* TLSDESC: LE or IE likewise */
  X_PIC,               /* cannot be done at this load address: "recompile with -fPIE" */
  X_DYN_WEAK,          /* undefined weak, absolute: a dynamic relocation if writable, else 0 */
  X_STATIC_TLS,        /* GOTTPOFF in a shared object: a TP-offset slot, and DF_STATIC_TLS */
};

/* Output-kind rows: static executable, dynamic executable, PIE (static
 * PIE too), shared object. */
enum { K_STATIC, K_EXEC, K_PIE, K_SHARED, NK };

#define L RA_DIRECT
static const uint8_t action_table[NK][NSC][NRC] = {
  /*             NONE     ABS64           ABS     PC        PLT     GOT     GOTX    GOTBASE TPOFF  DTPOFF    IE    GD    LD            DESC    CALL */
  [K_STATIC] = {
    [SC_LOCAL] = {RA_NONE, L,             L,      L,        L,      RA_GOT, X_GOTX, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_ABS] =   {RA_NONE, L,             L,      L,        L,      RA_GOT, X_GOTX, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
    /* no shared objects in a static link: these rows are never used */
  },
  [K_EXEC] = {
    [SC_LOCAL] = {RA_NONE, L,             L,      L,        L,      RA_GOT, X_GOTX, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_ABS] =   {RA_NONE, L,             L,      L,        L,      RA_GOT, X_GOTX, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_FUNC] =  {RA_NONE, X_DYN_OR_CPLT, X_CPLT, X_CPLT,   X_PLT,  RA_GOT, RA_GOT, L,      X_PIC, X_PIC,    X_IE, X_GD, X_PIC,        X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_DATA] =  {RA_NONE, X_DYN_OR_COPY, X_COPY, X_COPY,   X_COPY, RA_GOT, RA_GOT, L,      X_PIC, X_PIC,    X_IE, X_GD, X_PIC,        X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_PREEMPT]={RA_NONE, X_DYN_WEAK,    L,      L,        X_PLT,  RA_GOT, RA_GOT, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
  },
  [K_PIE] = {
    [SC_LOCAL] = {RA_NONE, RA_DYN_RELATIVE, X_PIC, L,       L,      RA_GOT, X_GOTX, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_ABS] =   {RA_NONE, L,             L,      X_PIC,    L,      RA_GOT, RA_GOT, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_FUNC] =  {RA_NONE, RA_DYN_ABS,    X_PIC,  X_CPLT,   X_PLT,  RA_GOT, RA_GOT, L,      X_PIC, X_PIC,    X_IE, X_GD, X_PIC,        X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_DATA] =  {RA_NONE, RA_DYN_ABS,    X_PIC,  X_COPY,   X_COPY, RA_GOT, RA_GOT, L,      X_PIC, X_PIC,    X_IE, X_GD, X_PIC,        X_DESC, RA_TLSDESC_CALL_NOP},
    [SC_PREEMPT]={RA_NONE, X_DYN_WEAK,    L,      L,        X_PLT,  RA_GOT, RA_GOT, L,      L,     RA_TPOFF, X_IE, X_GD, RA_TLS_LD_LE, X_DESC, RA_TLSDESC_CALL_NOP},
  },
  /* a shared object: nothing is at a known address, TLS offsets are known
   * only inside the module's block, and every import and preemptible
   * definition is reached through the GOT or the PLT */
  [K_SHARED] = {
    [SC_LOCAL] = {RA_NONE, RA_DYN_RELATIVE, X_PIC, L,       L,      RA_GOT, X_GOTX, L,      X_PIC, L,     X_STATIC_TLS, RA_TLS_GD, RA_TLS_LD, RA_TLSDESC, RA_NONE},
    [SC_ABS] =   {RA_NONE, L,             L,      X_PIC,    L,      RA_GOT, RA_GOT, L,      X_PIC, L,     X_STATIC_TLS, RA_TLS_GD, RA_TLS_LD, RA_TLSDESC, RA_NONE},
    [SC_FUNC] =  {RA_NONE, RA_DYN_ABS,    X_PIC,  X_PIC,    X_PLT,  RA_GOT, RA_GOT, L,      X_PIC, X_PIC, X_STATIC_TLS, RA_TLS_GD, X_PIC,     RA_TLSDESC, RA_NONE},
    [SC_DATA] =  {RA_NONE, RA_DYN_ABS,    X_PIC,  X_PIC,    X_PLT,  RA_GOT, RA_GOT, L,      X_PIC, X_PIC, X_STATIC_TLS, RA_TLS_GD, X_PIC,     RA_TLSDESC, RA_NONE},
    [SC_PREEMPT]={RA_NONE, RA_DYN_ABS,    X_PIC,  X_PIC,    X_PLT,  RA_GOT, RA_GOT, L,      X_PIC, L,     X_STATIC_TLS, RA_TLS_GD, RA_TLS_LD, RA_TLSDESC, RA_NONE},
  },
};
#undef L

typedef struct {
  Ctx *ctx;
  InputSection *is;
  DynRelSec dyn;        /* this section's dynamic relocation counts */
} Scan;

static void pic_error(Ctx *ctx, InputSection *is, const ElfRela *rel, const Symbol *s) {
  uint32_t type = (uint32_t)ELF64_R_TYPE(rel->r_info);
  OutputKind k = ctx->opt.kind;
  const char *what = k == OUT_SHARED ? "a shared object" : k == OUT_PIE ? "a PIE" : "an executable";
  const char *why = sym_is_imported(s) ? " (the symbol is defined in a shared object)"
                    : k == OUT_SHARED && !sym_is_defined(s) ? " (the symbol is undefined)"
                    : k == OUT_SHARED && s->is_preemptible ? " (the symbol is exported and may be preempted)"
                    : "";
  error_keyed(ctx, ((uint64_t)is->file->priority << 32) | is->shndx,
              "%s:(%s+0x%llx): relocation %s against '%s' cannot be used when making %s%s; recompile with %s",
              file_name(is->file), is->name, (unsigned long long)rel->r_offset, reloc_name(type),
              s->name[0] ? pretty_name(ctx, s->name) : "(section)", what, why, k == OUT_SHARED ? "-fPIC" : "-fPIE");
}

/* A dynamic relocation in a section the loader cannot write is a text
 * relocation: refused, as the psABI's PIC model intends. */
static uint8_t dyn_rel(Scan *sc, const ElfRela *rel, Symbol *s, uint8_t act) {
  if (!(sc->is->flags & SHF_WRITE)) {
    pic_error(sc->ctx, sc->is, rel, s);
    return RA_ERROR;
  }
  if (act == RA_DYN_RELATIVE && sc->ctx->opt.pack_relative && (1u << sc->is->p2align) >= 8 && rel->r_offset % 8 == 0) {
    /* an aligned place: listed in .relr.dyn, its addend in place */
    sc->dyn.nrelr++;
    return RA_DYN_RELR;
  }
  if (act == RA_DYN_RELATIVE) sc->dyn.nrelative++;
  else {
    sc->dyn.nsym++;
    sym_need(s, NEEDS_DYNSYM);
  }
  return act;
}

static bool is_tls_class(RelClass rc) { return rc >= RC_TPOFF; }

/* A TLS access to a symbol that is not thread-local, or the reverse, is an
 * error (as in GNU ld): the code and the definition disagree. */
static bool tls_mismatch(const Symbol *s, RelClass rc) {
  if (rc == RC_NONE || rc == RC_GOTBASE || s->type == STT_NOTYPE) return false;
  bool tls_sym = s->type == STT_TLS || (s->type == STT_SECTION && s->isec && (s->isec->flags & SHF_TLS));
  return tls_sym != is_tls_class(rc);
}

/* The action of relocation r of the section being scanned. */
static uint8_t scan_one(Scan *sc, uint32_t r, int kind) {
  InputSection *is = sc->is;
  const ElfRela *rel = &is->rels[r];
  uint32_t type = (uint32_t)ELF64_R_TYPE(rel->r_info);
  Symbol *s = is->file->syms[ELF64_R_SYM(rel->r_info)];
  const uint8_t *loc = is->data ? is->data + rel->r_offset : NULL;
  /* a target in a discarded section: the writer's tombstone or error
   * (reloc.c: dead_target), never a GOT slot or a dynamic relocation */
  if (s->isec && !s->synthetic && !atomic_load_explicit(&s->isec->alive, memory_order_relaxed)) return RA_DIRECT;
  /* an IFUNC bound here is called through an IPLT entry; a preemptible
   * one is left to the loader, like any exported function */
  if (s->type == STT_GNU_IFUNC && sym_is_defined(s) && !s->synthetic && !s->is_preemptible) sym_need(s, NEEDS_IPLT);
  SymClass c = sym_class(s);
  RelClass rc = rel_class(type);
  if (tls_mismatch(s, rc)) {
    error_keyed(sc->ctx, ((uint64_t)is->file->priority << 32) | is->shndx,
                "%s:(%s+0x%llx): relocation %s is a %s access to '%s', which %s defines as %s", file_name(is->file),
                is->name, (unsigned long long)rel->r_offset, reloc_name(type), is_tls_class(rc) ? "TLS" : "non-TLS",
                pretty_name(sc->ctx, s->name), s->file ? file_name(s->file) : "the link",
                s->type == STT_TLS ? "thread-local" : "not thread-local");
    return RA_ERROR;
  }
  uint8_t a = action_table[kind][c][rc];
  switch (a) {
  case X_DYN_OR_CPLT:
  case X_DYN_OR_COPY:
    if (is->flags & SHF_WRITE) return dyn_rel(sc, rel, s, RA_DYN_ABS);
    sym_need(s, a == X_DYN_OR_CPLT ? NEEDS_CPLT : NEEDS_COPY);
    return RA_DIRECT;
  case X_CPLT: sym_need(s, NEEDS_CPLT); return RA_DIRECT;
  case X_COPY: sym_need(s, NEEDS_COPY); return RA_DIRECT;
  case X_PLT: sym_need(s, NEEDS_PLT); return RA_PLT;
  case X_DYN_WEAK:
    if (!(is->flags & SHF_WRITE)) return RA_DIRECT;
    return dyn_rel(sc, rel, s, RA_DYN_ABS);
  case X_GOTX:
    if (sc->ctx->gotx_relax && gotpcrelx_relaxable(s, type, loc, rel->r_offset)) return RA_GOT_RELAX;
    sym_need(s, NEEDS_GOT);
    return RA_GOT;
  case RA_GOT:
    sym_need(s, type == R_X86_64_GOTTPOFF ? NEEDS_GOTTP : NEEDS_GOT);
    return RA_GOT;
  case X_IE:
    if (c != SC_FUNC && c != SC_DATA && loc && rel->r_offset >= 3 && gottpoff_relaxable(loc)) return RA_TLS_IE_LE;
    sym_need(s, NEEDS_GOTTP);
    return RA_GOT;
  case X_GD:
    if (c == SC_FUNC || c == SC_DATA) {
      sym_need(s, NEEDS_GOTTP);
      return RA_TLS_GD_IE;
    }
    return RA_TLS_GD_LE;
  case X_DESC:
    if (c == SC_FUNC || c == SC_DATA) {
      sym_need(s, NEEDS_GOTTP);
      return RA_TLSDESC_IE;
    }
    return RA_TLSDESC_LE;
  case RA_DYN_RELATIVE:
  case RA_DYN_ABS:
    return dyn_rel(sc, rel, s, a);
  case X_STATIC_TLS:
    atomic_store_explicit(&sc->ctx->static_tls, true, memory_order_relaxed);
    sym_need(s, NEEDS_GOTTP);
    return RA_GOT;
  case RA_TLS_GD: sym_need(s, NEEDS_TLSGD); return a;
  case RA_TLSDESC: sym_need(s, NEEDS_TLSDESC); return a;
  case RA_TLS_LD:
    if (!atomic_load_explicit(&sc->ctx->needs_tlsld, memory_order_relaxed)) atomic_store(&sc->ctx->needs_tlsld, true);
    return a;
  case X_PIC:
    pic_error(sc->ctx, is, rel, s);
    return RA_ERROR;
  default:
    return a;
  }
}

/* The actions go to `scratch` first: a section whose every action is
 * RA_DIRECT keeps actions == NULL (which the writer reads as all direct),
 * so that most sections of a static link allocate nothing. */
static void scan_section(Ctx *ctx, InputSection *is, int kind, Vec *dynsecs, uint8_t *scratch) {
  Scan sc = {ctx, is, {is, 0, 0, 0, 0, 0}};
  bool all_direct = true;
  for (uint32_t r = 0; r < is->nrels; r++) {
    uint8_t a = scratch[r] = scan_one(&sc, r, kind);
    all_direct &= a == RA_DIRECT;
    /* the __tls_get_addr call of a relaxed GD/LD sequence goes with it */
    if ((a == RA_TLS_GD_LE || a == RA_TLS_GD_IE || a == RA_TLS_LD_LE) && r + 1 < is->nrels) scratch[++r] = RA_NONE;
  }
  if (!all_direct) {
    is->actions = NEW_ARRAY(ctx, uint8_t, is->nrels);
    memcpy(is->actions, scratch, is->nrels);
  }
  if (sc.dyn.nrelative || sc.dyn.nsym || sc.dyn.nrelr) {
    DynRelSec *d = NEW(ctx, DynRelSec);
    *d = sc.dyn;
    vec_push(dynsecs, d);
  }
}

static int kind_row(Ctx *ctx) {
  if (!ctx->opt.dynamic) return K_STATIC;
  if (ctx->opt.kind == OUT_SHARED) return K_SHARED;
  return ctx->opt.pic ? K_PIE : K_EXEC;
}

static void scan_file(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  int kind = kind_row(ctx);
  Vec dynsecs = {0};
  uint32_t most = 0;
  for (uint32_t k = 1; k < f->nsections; k++)
    if (f->sections[k]) most = MAX(most, f->sections[k]->nrels);
  uint8_t *scratch = most ? malloc(most) : NULL;
  if (most && !scratch) fatal(ctx, "out of memory");
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (is && is->nrels && atomic_load(&is->alive) && (is->flags & SHF_ALLOC) && !is->is_ehframe)
      scan_section(ctx, is, kind, &dynsecs, scratch);
  }
  free(scratch);
  if (!dynsecs.len) return;
  f->ndynrels = (uint32_t)dynsecs.len;
  f->dynrels = NEW_ARRAY(ctx, DynRelSec, dynsecs.len);
  for (size_t k = 0; k < dynsecs.len; k++) f->dynrels[k] = *(DynRelSec *)dynsecs.data[k];
  vec_free(&dynsecs);
}

/* ------------------------------------------------- numbering slots */

int32_t sym_got(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].got : -1; }
int32_t sym_gottp(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].gottp : -1; }
int32_t sym_plt(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].plt : -1; }
int32_t sym_tlsgd(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].tlsgd : -1; }
int32_t sym_tlsdesc(Ctx *ctx, const Symbol *s) { return s->aux ? ctx->sym_aux[s->aux - 1].tlsdesc : -1; }

SymAux *sym_aux_of(Ctx *ctx, Symbol *s) {
  if (!s->aux) {
    if (ctx->sym_aux_len == ctx->sym_aux_cap) {
      ctx->sym_aux_cap = ctx->sym_aux_cap ? 2 * ctx->sym_aux_cap : 256;
      ctx->sym_aux = realloc(ctx->sym_aux, ctx->sym_aux_cap * sizeof(SymAux));
      if (!ctx->sym_aux) fatal(ctx, "out of memory");
    }
    ctx->sym_aux[ctx->sym_aux_len++] = (SymAux){-1, -1, -1, -1, -1, -1, -1, -1, false};
    s->aux = ctx->sym_aux_len;
  }
  return &ctx->sym_aux[s->aux - 1];
}

/* Appends `n` slots for `s` (what, what + 1, ...); returns the first. */
static int32_t add_got(Ctx *ctx, Symbol *s, uint8_t what, int n, Vec *got_vec) {
  int32_t first = (int32_t)got_vec->len;
  for (int k = 0; k < n; k++) {
    GotEntry *e = NEW(ctx, GotEntry);
    e->sym = s;
    e->what = (uint8_t)(what + k);
    vec_push(got_vec, e);
  }
  return first;
}

/* Gives the symbol the slots and entries its needs ask for. */
static void assign(Ctx *ctx, Symbol *s, Vec *got_vec) {
  uint16_t n = atomic_load(&s->needs);
  if (!n) return;
  SymAux *a = sym_aux_of(ctx, s);
  if ((n & NEEDS_IPLT) && a->plt < 0) {
    a->plt = (int32_t)ctx->plt_syms.len;
    vec_push(&ctx->plt_syms, s);
  }
  if ((n & NEEDS_GOT) && a->got < 0) a->got = add_got(ctx, s, GE_ADDR, 1, got_vec);
  if ((n & NEEDS_GOTTP) && a->gottp < 0) a->gottp = add_got(ctx, s, GE_TP, 1, got_vec);
  if ((n & NEEDS_TLSGD) && a->tlsgd < 0) a->tlsgd = add_got(ctx, s, GE_GD_MOD, 2, got_vec);
  if ((n & NEEDS_TLSDESC) && a->tlsdesc < 0) a->tlsdesc = add_got(ctx, s, GE_DESC, 2, got_vec);
  /* an import called and also loaded from the GOT jumps through that slot
   * (.plt.got); a canonical entry must be a lazy .plt one, whose JUMP_SLOT
   * the loader resolves past the executable's own definition */
  if (a->dplt >= 0 || a->pltgot >= 0 || a->copy) return; /* met before (a file's list, then syms_list) */
  if ((n & NEEDS_CPLT) || ((n & NEEDS_PLT) && !(n & NEEDS_GOT))) {
    a->dplt = (int32_t)ctx->dplt_syms.len;
    vec_push(&ctx->dplt_syms, s);
  } else if (n & NEEDS_PLT) {
    a->pltgot = (int32_t)ctx->pltgot_syms.len;
    vec_push(&ctx->pltgot_syms, s);
  }
  if (n & NEEDS_COPY) {
    a->copy = true;
    vec_push(&ctx->copy_syms, s);
  }
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
  collect_needs(ctx, &((NeedList *)arg)[i], f->syms, 0, f->nsyms); /* symbol 0 too: a GOT slot of 0 */
}

static void needs_of_block(Ctx *ctx, void *arg, size_t i) {
  size_t from = i * NBLOCK, to = MIN(from + NBLOCK, (size_t)ctx->syms_len);
  collect_needs(ctx, &((NeedList *)arg)[i], ctx->syms_list, from, to);
}

/* ------------------------------------------- GOTPCRELX and distance */

/* A relaxed GOTPCRELX reaches its symbol PC-relatively (lea, call, jmp
 * with a 32-bit displacement), so it is chosen only when every distance
 * in the image fits in ±2 GiB.  The scan runs before addresses exist, so
 * this is decided from what is known: every section lies between the
 * lowest and the highest address the command line gives (the image base,
 * --section-start, -Ttext, -Tdata, -Tbss, -T*-segment) and that highest
 * address plus an upper bound of the image's size: the allocated input
 * sections with their alignment, plus room for what the scan may add per
 * relocation and per symbol (GOT, PLT and dynamic-relocation entries, the
 * dynamic symbol table) and the page alignments between segments.  When
 * the bound does not fit (sections placed gigabytes apart, or inputs of
 * about 2 GiB), every GOTPCRELX keeps its GOT slot, which the code reaches
 * through .got, next to the code whatever the data's address.  An image
 * base above 2 GiB alone changes nothing: the relaxed forms are relative.
 * (GNU ld relaxes a non-PIC `mov` to `mov $imm32` and fails with "failed
 * to convert GOTPCREL relocation" when the address does not fit.) */
typedef struct {
  atomic_ullong bytes;
} SizeBound;

static void size_of_file(Ctx *ctx, void *arg, size_t i) {
  SizeBound *b = arg;
  InputFile *f = ctx->files.data[i];
  uint64_t n = 0;
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (!is || !(is->flags & SHF_ALLOC) || !atomic_load(&is->alive)) continue;
    n += is->size + (1ULL << MIN(is->p2align, 40)) + 64ULL * is->nrels;
  }
  n += 128ULL * f->nsyms;
  atomic_fetch_add_explicit(&b->bytes, n, memory_order_relaxed);
}

static bool distances_fit(Ctx *ctx) {
  const Options *o = &ctx->opt;
  const uint64_t limit = 0x7fffffffULL - (1ULL << 20);
  uint64_t lo = o->image_base, hi = o->text_segment;
  for (size_t i = 0; i < o->section_starts.len; i++) {
    uint64_t a = ((SectionStart *)o->section_starts.data[i])->addr;
    lo = MIN(lo, a), hi = MAX(hi, a);
  }
  if (o->rodata_segment_set) lo = MIN(lo, o->rodata_segment), hi = MAX(hi, o->rodata_segment);
  if (o->ldata_segment_set) lo = MIN(lo, o->ldata_segment), hi = MAX(hi, o->ldata_segment);
  if (hi - lo >= limit) return false;
  SizeBound b = {0};
  par_for(ctx, ctx->files.len, 16, size_of_file, &b);
  uint64_t bound = atomic_load(&b.bytes) + 16 * MAX(o->max_page, 1ULL << 16);
  for (size_t i = 0; i < ctx->synthetics.len; i++) bound += ((InputSection *)ctx->synthetics.data[i])->size;
  return bound < limit - (hi - lo);
}

void scan_relocations(Ctx *ctx) {
  /* --no-relax: GNU ld keeps every GOTPCRELX through the GOT */
  ctx->gotx_relax = !ctx->opt.no_relax && distances_fit(ctx);
  par_for(ctx, ctx->files.len, 4, scan_file, NULL);
  /* number the slots in a fixed order: each file's locals by priority and
   * index, then the global symbol list */
  size_t nf = ctx->files.len, nb = (ctx->syms_len + NBLOCK - 1) / NBLOCK;
  NeedList *lists = calloc(nf + nb + 1, sizeof(NeedList));
  par_for(ctx, nf, 16, needs_of_file, lists);
  par_for(ctx, nb, 1, needs_of_block, lists + nf);
  Vec got_vec = {0};
  ctx->tlsld_got = atomic_load(&ctx->needs_tlsld) ? add_got(ctx, NULL, GE_LD_MOD, 2, &got_vec) : -1;
  for (size_t i = 0; i < nf + nb; i++)
    for (size_t k = 0; k < lists[i].n; k++) assign(ctx, lists[i].syms[k], &got_vec);
  free(lists);
  ctx->ngot = (uint32_t)got_vec.len;
  ctx->got_ents = NEW_ARRAY(ctx, GotEntry, got_vec.len + 1);
  for (size_t i = 0; i < got_vec.len; i++) ctx->got_ents[i] = *(GotEntry *)got_vec.data[i];
  vec_free(&got_vec);
}
