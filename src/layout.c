/*
 * layout.c - map input sections to output sections, order them as GNU ld's
 * default script does, assign addresses and file offsets, build the program
 * headers, and give linker-defined symbols their values.
 *
 * Image shape (non-PIE static, like GNU ld with -z separate-code):
 *   R    ELF header, program headers, notes, .rela.plt
 *   R X  .init .iplt .text ... .fini
 *   R    .rodata ... .eh_frame_hdr .eh_frame .gcc_except_table
 *   RW   .tdata .tbss | .init_array .fini_array .data.rel.ro .got .got.plt
 *        .data ... | .bss ...
 * then the non-allocated sections, .symtab, .strtab, .shstrtab and the
 * section header table.  Each PT_LOAD starts on a fresh page in both the
 * file and memory, so offsets and addresses stay congruent.  .tbss takes no
 * address space of its own: the sections after it overlap it, as in GNU ld.
 */
#include "weld.h"

static bool starts_with(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* `name` is `prefix` or `prefix.` followed by anything */
static bool is_family(const char *name, const char *prefix) {
  size_t n = strlen(prefix);
  return !strncmp(name, prefix, n) && (name[n] == 0 || name[n] == '.');
}

const char *output_section_name(const char *name, uint64_t flags) {
  (void)flags;
  static const char *const families[] = {
      ".text", ".rodata", ".data.rel.ro", ".data", ".bss", ".tdata", ".tbss", ".init_array", ".fini_array",
      ".preinit_array", ".gcc_except_table", ".ldata", ".lrodata", ".lbss", ".ctors", ".dtors", ".sdata", ".sbss",
  };
  if (!strcmp(name, ".data.rel.ro.local") || starts_with(name, ".data.rel.ro.")) return ".data.rel.ro";
  if (is_family(name, ".data.rel") || is_family(name, ".data.rel.local")) {
    if (!is_family(name, ".data.rel.ro")) return ".data";
  }
  for (size_t i = 0; i < ARRAY_SIZE(families); i++)
    if (is_family(name, families[i])) return families[i];
  if (starts_with(name, ".gnu.linkonce.t.")) return ".text";
  if (starts_with(name, ".gnu.linkonce.r.")) return ".rodata";
  if (starts_with(name, ".gnu.linkonce.d.")) return ".data";
  if (starts_with(name, ".gnu.linkonce.b.")) return ".bss";
  if (starts_with(name, ".gnu.linkonce.td.")) return ".tdata";
  if (starts_with(name, ".gnu.linkonce.tb.")) return ".tbss";
  if (!strcmp(name, "COMMON")) return ".bss";
  return name;
}

/* Sort key of an output section: segment group * 100 + place in group.
 * Orphans sort by first appearance within their group's slot. */
static int section_rank(OutputSection *o) {
  const char *n = o->name;
  uint64_t f = o->flags;
  if (!(f & SHF_ALLOC)) return 900;
  if (f & SHF_X86_64_LARGE) {
    /* -mcmodel=medium/large data: its own segment after .bss, as in GNU ld */
    if (!(f & SHF_WRITE)) return 800;
    return o->type == SHT_NOBITS ? 820 : 810;
  }
  if (o->type == SHT_NOTE) return 10;
  if (!strcmp(n, ".rela.iplt")) return 20;
  if (f & SHF_EXECINSTR) {
    if (!strcmp(n, ".init")) return 100;
    if (!strcmp(n, ".iplt")) return 110;
    if (!strcmp(n, ".text")) return 120;
    if (!strcmp(n, ".fini")) return 190;
    return 150;
  }
  if (!(f & SHF_WRITE)) {
    if (!strcmp(n, ".rodata")) return 200;
    if (!strcmp(n, ".eh_frame_hdr")) return 260;
    if (!strcmp(n, ".eh_frame")) return 270;
    if (!strcmp(n, ".gcc_except_table")) return 280;
    if (!strcmp(n, ".lrodata")) return 295;
    return 250;
  }
  if (f & SHF_TLS) return o->type == SHT_NOBITS ? 310 : 300;
  if (o->type == SHT_NOBITS) {
    if (!strcmp(n, ".bss")) return 500;
    if (!strcmp(n, ".lbss")) return 590;
    return 550;
  }
  if (!strcmp(n, ".preinit_array")) return 400;
  if (!strcmp(n, ".init_array")) return 401;
  if (!strcmp(n, ".fini_array")) return 402;
  if (!strcmp(n, ".ctors")) return 403;
  if (!strcmp(n, ".dtors")) return 404;
  if (!strcmp(n, ".data.rel.ro")) return 410;
  if (!strcmp(n, ".got")) return 420;
  if (!strcmp(n, ".got.plt")) return 430;
  if (!strcmp(n, ".data")) return 440;
  if (!strcmp(n, ".ldata")) return 480;
  return 450;
}

static int segment_group(int rank) {
  if (rank < 100) return 0;
  if (rank < 200) return 1;
  if (rank < 300) return 2;
  if (rank < 800) return 3;
  if (rank < 900) return 5; /* large sections */
  return 4;
}

/* ------------------------------------------------- output sections */

typedef struct {
  OutputSection **tab;
  size_t cap;
  OutputSection *last;
} OsecMap;

static OutputSection *get_osec(Ctx *ctx, OsecMap *m, const char *name, InputSection *is) {
  /* most names are the family strings of output_section_name(): the same
   * pointer as last time */
  if (m->last && m->last->name == name) return m->last;
  uint64_t h = hash_str(name);
  size_t j = h & (m->cap - 1);
  OutputSection *o;
  while ((o = m->tab[j])) {
    if (o->name == name || !strcmp(o->name, name)) return m->last = o;
    j = (j + 1) & (m->cap - 1);
  }
  if ((ctx->osecs.len + 1) * 2 > m->cap) fatal(ctx, "too many output sections (more than %zu)", m->cap / 2);
  o = NEW(ctx, OutputSection);
  o->name = name;
  o->type = is->type;
  o->flags = is->flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_TLS | SHF_X86_64_LARGE);
  o->order = (int)ctx->osecs.len;
  m->tab[j] = o;
  vec_push(&ctx->osecs, o);
  return m->last = o;
}

static void add_to(Ctx *ctx, OsecMap *m, InputSection *is, const char *name) {
  OutputSection *o = get_osec(ctx, m, name, is);
  if (is->type != SHT_NOBITS && o->type == SHT_NOBITS) o->type = is->type;
  if (o->type != SHT_NOBITS && o->type != is->type && is->type != SHT_NOBITS) {
    /* mixed types (e.g. PROGBITS and INIT_ARRAY): PROGBITS is the safe union */
    if (!(o->type == SHT_INIT_ARRAY || o->type == SHT_FINI_ARRAY || o->type == SHT_PREINIT_ARRAY) ||
        is->type != SHT_PROGBITS)
      o->type = is->type == SHT_NOTE && o->type == SHT_NOTE ? SHT_NOTE : o->type;
  }
  o->flags |= is->flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_TLS | SHF_X86_64_LARGE);
  if (is->p2align > o->p2align) o->p2align = is->p2align;
  is->osec = o;
  vec_push(&o->members, is);
}

static int prio_cmp(const void *a, const void *b) {
  const InputSection *x = *(InputSection *const *)a, *y = *(InputSection *const *)b;
  /* .init_array.N by priority first, plain .init_array after; stable by
   * file priority and section index otherwise */
  if (x->init_prio_set != y->init_prio_set) return x->init_prio_set ? -1 : 1;
  if (x->init_prio_set && x->init_prio != y->init_prio) return x->init_prio < y->init_prio ? -1 : 1;
  int fx = x->file ? x->file->priority : 0, fy = y->file ? y->file->priority : 0;
  if (fx != fy) return fx < fy ? -1 : 1;
  return x->shndx < y->shndx ? -1 : x->shndx > y->shndx;
}

static int osec_cmp(const void *a, const void *b) {
  const OutputSection *x = *(OutputSection *const *)a, *y = *(OutputSection *const *)b;
  if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Output section names, in parallel: the serial pass below then mostly
 * compares pointers. */
static void name_one(Ctx *ctx, void *arg, size_t i) {
  InputFile *f = ctx->files.data[i];
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (is && !is->merged && atomic_load(&is->alive)) is->oname = output_section_name(is->name, is->flags);
  }
}

void create_output_sections(Ctx *ctx) {
  OsecMap m = {.cap = 1 << 16};
  m.tab = calloc(m.cap, sizeof(OutputSection *));
  par_for(ctx, ctx->files.len, 16, name_one, NULL);
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->nsections; k++) {
      InputSection *is = f->sections[k];
      if (!is || !atomic_load(&is->alive)) continue;
      if (is->merged) {
        /* the merged section takes this one's place, once */
        if (!is->merged->isec->osec) add_to(ctx, &m, is->merged->isec, is->merged->name);
        continue;
      }
      add_to(ctx, &m, is, is->oname);
    }
  }
  if (ctx->common_sec) add_to(ctx, &m, ctx->common_sec, ".bss");
  InputSection *synth[] = {ctx->got, ctx->gotplt, ctx->iplt, ctx->rela_iplt, ctx->eh_frame_hdr, ctx->build_id, ctx->deps_note};
  for (size_t i = 0; i < ARRAY_SIZE(synth); i++)
    if (synth[i]) add_to(ctx, &m, synth[i], synth[i]->name);
  if (ctx->rela_iplt) ctx->rela_iplt->osec->entsize = sizeof(Elf64_Rela);
  free(m.tab);

  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    o->rank = section_rank(o);
    if (!strcmp(o->name, ".init_array") || !strcmp(o->name, ".fini_array") || !strcmp(o->name, ".preinit_array")) {
      qsort(o->members.data, o->members.len, sizeof(void *), prio_cmp);
      o->type = !strcmp(o->name, ".init_array") ? SHT_INIT_ARRAY
                : !strcmp(o->name, ".fini_array") ? SHT_FINI_ARRAY : SHT_PREINIT_ARRAY;
      o->entsize = 8;
    }
    if (o->flags & SHF_TLS) ctx->has_tls = true;
    if (!strcmp(o->name, ".eh_frame")) ctx->ehframe_osec = o;
    if (!strcmp(o->name, ".got.plt") || !strcmp(o->name, ".got")) o->entsize = 8;
  }
  qsort(ctx->osecs.data, ctx->osecs.len, sizeof(void *), osec_cmp);
}

OutputSection *find_osec(Ctx *ctx, const char *name) {
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if (!strcmp(o->name, name)) return o;
  }
  return NULL;
}

/* ------------------------------------------------------------ layout */

static void size_members(OutputSection *o) {
  uint64_t off = 0;
  for (size_t i = 0; i < o->members.len; i++) {
    InputSection *is = o->members.data[i];
    off = align_to(off, 1ULL << is->p2align);
    is->offset = off;
    off += is->size;
  }
  o->size = off;
}

static void size_one(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  size_members(ctx->osecs.data[i]);
}

static Segment *new_phdr(Ctx *ctx, uint32_t type, uint32_t flags) {
  if (ctx->nphdrs >= (int)ARRAY_SIZE(ctx->phdrs)) BUG("too many program headers");
  Segment *s = &ctx->phdrs[ctx->nphdrs++];
  memset(s, 0, sizeof(*s));
  s->type = type;
  s->flags = flags;
  return s;
}

static uint32_t group_flags(int g) {
  switch (g) {
  case 1: return PF_R | PF_X;
  case 3:
  case 5: return PF_R | PF_W;
  default: return PF_R;
  }
}

void layout_sections(Ctx *ctx) {
  /* member offsets within each output section, in parallel */
  par_for(ctx, ctx->osecs.len, 1, size_one, NULL);

  /* count program headers: loads, notes, TLS, EH frame, stack */
  int nload = 3; /* R (headers) + RX + R; RW added below if present */
  bool has_rw = false, has_rx = false, has_r2 = false, has_large = false;
  int nnotes = 0;
  uint32_t last_note_align = 0;
  bool in_notes = false;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    int g = segment_group(o->rank);
    if (g == 1) has_rx = true;
    if (g == 2) has_r2 = true;
    if (g == 3) has_rw = true;
    if (g == 5) has_large = true;
    if (o->type == SHT_NOTE && (o->flags & SHF_ALLOC)) {
      if (!in_notes || o->p2align != last_note_align) nnotes++;
      in_notes = true;
      last_note_align = o->p2align;
    } else {
      in_notes = false;
    }
  }
  nload = 1 + has_rx + has_r2 + has_rw + has_large;
  int nph = nload + nnotes + (ctx->has_tls ? 1 : 0) + (ctx->eh_frame_hdr ? 1 : 0) + 1;
  ctx->ehdr_size = sizeof(Elf64_Ehdr);
  ctx->phdr_off = sizeof(Elf64_Ehdr);
  uint64_t base = ctx->opt.image_base;
  uint64_t off = sizeof(Elf64_Ehdr) + sizeof(Elf64_Phdr) * (uint64_t)nph;
  uint64_t addr = base + off;

  ctx->nphdrs = 0;
  Segment *load = new_phdr(ctx, PT_LOAD, PF_R);
  load->offset = 0;
  load->vaddr = base;
  load->align = PAGE_SIZE_X86;
  int cur_group = 0;
  uint64_t tls_start = 0, tls_end = 0, tls_align = 1;
  bool tls_seen = false;

  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    int g = segment_group(o->rank);
    if (g == 4) break;
    uint64_t align = 1ULL << o->p2align;
    if (g != cur_group) {
      /* close the current PT_LOAD, open the next on a fresh page */
      uint64_t segalign = PAGE_SIZE_X86;
      for (size_t k = i; k < ctx->osecs.len; k++) {
        OutputSection *q = ctx->osecs.data[k];
        if (segment_group(q->rank) != g) break;
        if ((1ULL << q->p2align) > segalign) segalign = 1ULL << q->p2align;
      }
      addr = align_to(addr, segalign);
      off = align_to(off, segalign);
      load = new_phdr(ctx, PT_LOAD, group_flags(g));
      load->offset = off;
      load->vaddr = addr;
      load->align = segalign;
      cur_group = g;
    }
    if (align > load->align) BUG("segment alignment");
    bool tbss = (o->flags & SHF_TLS) && o->type == SHT_NOBITS;
    addr = align_to(addr, align);
    o->addr = addr;
    if (o->type == SHT_NOBITS) {
      o->offset = off; /* GNU ld reports the running offset */
      if (tbss) {
        /* .tbss takes no address space: later sections overlap it */
        uint64_t end;
        if (add_overflow(addr, o->size, &end)) fatal(ctx, "%s: section too large", o->name);
        if (!tls_seen) { tls_start = addr; tls_seen = true; }
        tls_end = end;
      } else {
        if (add_overflow(addr, o->size, &addr)) fatal(ctx, "%s: the image does not fit in the address space", o->name);
      }
    } else {
      off = load->offset + (addr - load->vaddr);
      o->offset = off;
      if (add_overflow(addr, o->size, &addr)) fatal(ctx, "%s: the image does not fit in the address space", o->name);
      off += o->size;
      load->filesz = off - load->offset;
      if (o->flags & SHF_TLS) {
        if (!tls_seen) { tls_start = o->addr; tls_seen = true; }
        tls_end = addr;
      }
    }
    if (o->flags & SHF_TLS && align > tls_align) tls_align = align;
    load->memsz = MAX(load->memsz, (tbss ? o->addr + o->size : addr) - load->vaddr);
    if (o == ctx->osecs.data[0] && g == 0) load->filesz = off;
  }
  /* the first segment always covers the headers */
  if (ctx->phdrs[0].filesz < sizeof(Elf64_Ehdr) + sizeof(Elf64_Phdr) * (uint64_t)nph) {
    ctx->phdrs[0].filesz = ctx->phdrs[0].memsz = sizeof(Elf64_Ehdr) + sizeof(Elf64_Phdr) * (uint64_t)nph;
  }
  if (ctx->phdrs[0].memsz < ctx->phdrs[0].filesz) ctx->phdrs[0].memsz = ctx->phdrs[0].filesz;

  /* non-allocated sections follow the image */
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if (segment_group(o->rank) != 4) continue;
    off = align_to(off, 1ULL << o->p2align);
    o->addr = 0;
    o->offset = off;
    off += o->size;
  }
  ctx->file_size = off; /* symtab, strtab, shstrtab and headers: output.c */

  /* TLS: variant II, the thread pointer is the aligned end of the block */
  if (tls_seen) {
    ctx->tls_begin = tls_start;
    ctx->tls_end = tls_end;
    ctx->tls_align = tls_align;
    ctx->tp_addr = align_to(tls_end, tls_align);
    Segment *t = new_phdr(ctx, PT_TLS, PF_R);
    t->vaddr = tls_start;
    t->memsz = tls_end - tls_start;
    t->align = tls_align;
    for (size_t i = 0; i < ctx->osecs.len; i++) {
      OutputSection *o = ctx->osecs.data[i];
      if (!(o->flags & SHF_TLS)) continue;
      if (o->type != SHT_NOBITS) {
        if (!t->offset) t->offset = o->offset;
        t->filesz = o->addr + o->size - tls_start;
      }
    }
    if (!t->offset) {
      /* only .tbss: PT_TLS still needs an offset congruent to its address */
      OutputSection *o = NULL;
      for (size_t i = 0; i < ctx->osecs.len && !o; i++)
        if (((OutputSection *)ctx->osecs.data[i])->flags & SHF_TLS) o = ctx->osecs.data[i];
      t->offset = o->offset;
    }
  }
  /* notes */
  in_notes = false;
  Segment *note = NULL;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if (o->type == SHT_NOTE && (o->flags & SHF_ALLOC)) {
      if (!in_notes || (1ULL << o->p2align) != note->align) {
        note = new_phdr(ctx, PT_NOTE, PF_R);
        note->offset = o->offset;
        note->vaddr = o->addr;
        note->align = 1ULL << o->p2align;
      }
      note->filesz = note->memsz = o->addr + o->size - note->vaddr;
      in_notes = true;
    } else {
      in_notes = false;
    }
  }
  if (ctx->eh_frame_hdr) {
    OutputSection *o = ctx->eh_frame_hdr->osec;
    Segment *s = new_phdr(ctx, PT_GNU_EH_FRAME, PF_R);
    s->offset = o->offset;
    s->vaddr = o->addr;
    s->filesz = s->memsz = o->size;
    s->align = 4;
  }
  Segment *st = new_phdr(ctx, PT_GNU_STACK, PF_R | PF_W | (ctx->opt.execstack ? PF_X : 0));
  st->align = 16;
  if (ctx->nphdrs != nph) BUG("program header count %d != %d", ctx->nphdrs, nph);

  /* _GLOBAL_OFFSET_TABLE_ is .got.plt's address */
  ctx->got_base = ctx->gotplt && ctx->gotplt->osec ? ctx->gotplt->osec->addr : 0;
}

/* ------------------------------------------------ linker-defined symbols */

static bool is_c_ident(const char *s) {
  if (!*s) return false;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' || (p != s && *p >= '0' && *p <= '9')))
      return false;
  return true;
}

static const char *const linker_syms[] = {
    "__ehdr_start", "__executable_start", "_etext", "etext", "__etext", "_edata", "edata", "_end", "end",
    "__bss_start", "__init_array_start", "__init_array_end", "__fini_array_start", "__fini_array_end",
    "__preinit_array_start", "__preinit_array_end", "__rela_iplt_start", "__rela_iplt_end",
    "_GLOBAL_OFFSET_TABLE_", "__GNU_EH_FRAME_HDR", "__dso_handle", "_TLS_MODULE_BASE_",
};

static void provide(Ctx *ctx, Symbol *s) {
  (void)ctx;
  s->synthetic = true;
  s->kind = SK_DEFINED;
  s->file = NULL;
  s->isec = NULL;
  s->bind = STB_GLOBAL;
  s->visibility = STV_HIDDEN;
  s->type = STT_NOTYPE;
}

/* Marks the linker-defined symbols that the link references and nothing
 * defines (GNU ld's PROVIDE semantics).  Values come after layout. */
typedef struct {
  Vec cands;          /* __start_/__stop_ symbols */
  Vec secs;           /* the section name each one names */
  atomic_bool *found; /* per candidate: a live section has the name */
} StartStop;

static void find_start_stop(Ctx *ctx, void *arg, size_t fi) {
  StartStop *j = arg;
  InputFile *file = ctx->files.data[fi];
  for (uint32_t k = 1; k < file->nsections; k++) {
    InputSection *is = file->sections[k];
    if (!is || is->name[0] == '.' || !atomic_load(&is->alive)) continue;
    for (size_t c = 0; c < j->secs.len; c++)
      if (!strcmp(is->name, j->secs.data[c])) atomic_store(&j->found[c], true);
  }
}

void define_linker_symbols(Ctx *ctx) {
  for (size_t i = 0; i < ARRAY_SIZE(linker_syms); i++) {
    Symbol *s = sym_find(ctx, linker_syms[i]);
    if (s && !sym_is_defined(s) && s->referenced) provide(ctx, s);
  }
  /* __start_SEC / __stop_SEC: defined if some live input section is named
   * SEC; the candidates first, then one pass over the sections */
  StartStop j = {0};
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (sym_is_defined(s) || !s->referenced) continue;
    const char *sec = NULL;
    if (!strncmp(s->name, "__start_", 8)) sec = s->name + 8;
    else if (!strncmp(s->name, "__stop_", 7)) sec = s->name + 7;
    if (!sec || !is_c_ident(sec)) continue;
    vec_push(&j.cands, s);
    vec_push(&j.secs, (void *)sec);
  }
  if (!j.cands.len) return;
  j.found = calloc(j.cands.len, sizeof(atomic_bool));
  par_for(ctx, ctx->files.len, 16, find_start_stop, &j);
  for (size_t c = 0; c < j.cands.len; c++)
    if (atomic_load(&j.found[c])) provide(ctx, j.cands.data[c]);
  free(j.found);
  vec_free(&j.cands);
  vec_free(&j.secs);
}

static uint64_t osec_start(Ctx *ctx, const char *name, bool end, uint64_t dflt) {
  OutputSection *o = find_osec(ctx, name);
  if (!o) return dflt;
  (void)ctx;
  return end ? o->addr + o->size : o->addr;
}

/* the symbol a --defsym=NAME=TARGET[+-N] symbol stands for */
static Symbol *alias_target(Ctx *ctx, Symbol *s) {
  for (size_t i = ctx->opt.defsyms.len; i-- > 0;) {
    Defsym *d = ctx->opt.defsyms.data[i];
    if (d->target && !strcmp(d->name, s->name)) return d->target;
  }
  BUG("--defsym symbol %s has no target", s->name);
}

void fix_linker_symbols(Ctx *ctx) {
  uint64_t base = ctx->opt.image_base;
  uint64_t etext = base, edata = base, end = base, bss = 0, first_rw = 0;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if (!(o->flags & SHF_ALLOC)) continue;
    bool tbss = (o->flags & SHF_TLS) && o->type == SHT_NOBITS;
    uint64_t e = o->addr + (tbss ? 0 : o->size);
    if (o->flags & SHF_EXECINSTR) etext = MAX(etext, e);
    if ((o->flags & SHF_WRITE) && !first_rw) first_rw = o->addr;
    if (o->type != SHT_NOBITS) edata = MAX(edata, e);
    if (o->type == SHT_NOBITS && !tbss && !bss) bss = o->addr;
    end = MAX(end, e);
  }
  if (!bss) bss = edata;
  /* empty arrays: start == end, at the place the section would be */
  uint64_t arr = first_rw ? first_rw : end;
  struct {
    const char *name;
    uint64_t v;
  } vals[] = {
      {"__ehdr_start", base},
      {"__executable_start", base},
      {"_etext", etext}, {"etext", etext}, {"__etext", etext},
      {"_edata", edata}, {"edata", edata},
      {"_end", end}, {"end", end},
      {"__bss_start", bss},
      {"__init_array_start", osec_start(ctx, ".init_array", false, arr)},
      {"__init_array_end", osec_start(ctx, ".init_array", true, arr)},
      {"__fini_array_start", osec_start(ctx, ".fini_array", false, arr)},
      {"__fini_array_end", osec_start(ctx, ".fini_array", true, arr)},
      {"__preinit_array_start", osec_start(ctx, ".preinit_array", false, arr)},
      {"__preinit_array_end", osec_start(ctx, ".preinit_array", true, arr)},
      {"__rela_iplt_start", ctx->rela_iplt ? isec_addr(ctx->rela_iplt, 0) : base},
      {"__rela_iplt_end", ctx->rela_iplt ? isec_addr(ctx->rela_iplt, ctx->rela_iplt->size) : base},
      {"_GLOBAL_OFFSET_TABLE_", ctx->got_base},
      {"__GNU_EH_FRAME_HDR", ctx->eh_frame_hdr ? isec_addr(ctx->eh_frame_hdr, 0) : 0},
      {"__dso_handle", base},
      /* relaxed TLSDESC + DTPOFF (x - TP) must add up to x - TP */
      {"_TLS_MODULE_BASE_", ctx->tp_addr},
  };
  for (size_t i = 0; i < ARRAY_SIZE(vals); i++) {
    Symbol *s = sym_find(ctx, vals[i].name);
    if (s && s->synthetic && !s->file && !s->is_alias && s->visibility == STV_HIDDEN) s->value = vals[i].v;
  }
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (!s->synthetic || s->file) continue;
    if (s->is_alias) {
      s->value = sym_addr(ctx, alias_target(ctx, s)) + s->value;
      s->is_alias = false;
      continue;
    }
    const char *sec = NULL;
    bool stop = false;
    if (!strncmp(s->name, "__start_", 8)) sec = s->name + 8;
    else if (!strncmp(s->name, "__stop_", 7)) { sec = s->name + 7; stop = true; }
    if (sec && s->visibility == STV_HIDDEN) {
      OutputSection *o = find_osec(ctx, sec);
      if (o) s->value = stop ? o->addr + o->size : o->addr;
    }
  }
  Symbol *e = sym_find(ctx, ctx->opt.entry);
  if (e && sym_is_defined(e)) ctx->entry_addr = sym_addr(ctx, e);
  else {
    OutputSection *t = find_osec(ctx, ".text");
    ctx->entry_addr = t ? t->addr : base;
  }
}
