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
 * A synthetic section brings its own (SR_*); the others go by name and
 * flags as in GNU ld's default script.  Orphans sort by first appearance
 * within their group's slot. */
static int section_rank(OutputSection *o) {
  const char *n = o->name;
  uint64_t f = o->flags;
  if (!(f & SHF_ALLOC)) return 900;
  if (o->syn && o->syn->rank) return o->syn->rank;
  if (f & SHF_X86_64_LARGE) {
    /* -mcmodel=medium/large data: its own segment after .bss, as in GNU ld */
    if (!(f & SHF_WRITE)) return 800;
    return o->type == SHT_NOBITS ? 820 : 810;
  }
  if (o->type == SHT_NOTE) return SR_NOTE;
  if (f & SHF_EXECINSTR) {
    if (!strcmp(n, ".init")) return 100;
    if (!strcmp(n, ".text")) return 120;
    if (!strcmp(n, ".fini")) return 190;
    return 150;
  }
  if (!(f & SHF_WRITE)) {
    if (!strcmp(n, ".rodata")) return 200;
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
  if (synthetic_of(is) && is->syn->rank) o->syn = is->syn;
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
  /* the synthetic sections not placed with the files' (merged strings are),
   * in creation order */
  for (size_t i = 0; i < ctx->synthetics.len; i++) {
    InputSection *is = ctx->synthetics.data[i];
    if (!is->osec) add_to(ctx, &m, is, is->syn->rank ? is->name : output_section_name(is->name, is->flags));
  }
  free(m.tab);

  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    o->rank = section_rank(o);
    if (o->syn) o->entsize = ((InputSection *)o->members.data[0])->entsize;
    if (!strcmp(o->name, ".eh_frame")) ctx->ehframe_osec = o;
    o->relro = ctx->opt.z_relro && o->rank >= 300 && o->rank < SR_GOTPLT;
    for (size_t k = 0; k < o->members.len && !o->relro; k++) {
      InputSection *is = o->members.data[k];
      if (synthetic_of(is) && is->syn->relro) o->relro = true;
    }
    if (!strcmp(o->name, ".init_array") || !strcmp(o->name, ".fini_array") || !strcmp(o->name, ".preinit_array")) {
      qsort(o->members.data, o->members.len, sizeof(void *), prio_cmp);
      o->type = !strcmp(o->name, ".init_array") ? SHT_INIT_ARRAY
                : !strcmp(o->name, ".fini_array") ? SHT_FINI_ARRAY : SHT_PREINIT_ARRAY;
      o->entsize = 8;
    }
    if (o->flags & SHF_TLS) ctx->has_tls = true;
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

static uint32_t group_flags(int g) {
  switch (g) {
  case 1: return PF_R | PF_X;
  case 3:
  case 5: return PF_R | PF_W;
  default: return PF_R;
  }
}

static bool is_tbss(const OutputSection *o) { return (o->flags & SHF_TLS) && o->type == SHT_NOBITS; }
static bool is_alloc_note(const OutputSection *o) { return o->type == SHT_NOTE && (o->flags & SHF_ALLOC); }

/* ------------------------------------------------------- addresses */

/* Addresses and file offsets of the allocated sections, in order.  Each
 * segment group starts a PT_LOAD on a fresh page (aligned to its largest
 * section alignment) in both the file and memory, so that offsets and
 * addresses stay congruent; the end of the RELRO sections is page aligned
 * too, so that PT_GNU_RELRO covers whole pages.  .tbss takes no address
 * space: the sections after it overlap it, as in GNU ld.  Returns the
 * file offset after the image. */
static uint64_t assign_addresses(Ctx *ctx, uint64_t headers_size) {
  uint64_t base = ctx->opt.image_base;
  uint64_t off = headers_size, addr = base + off;
  uint64_t seg_off = 0, seg_addr = base; /* where the current PT_LOAD starts */
  int group = 0;
  bool in_relro = false, tls_seen = false;
  ctx->tls_begin = ctx->tls_end = 0;
  ctx->tls_align = 1;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    int g = segment_group(o->rank);
    if (g == 4) break;
    if (g != group) {
      uint64_t align = PAGE_SIZE_X86;
      for (size_t k = i; k < ctx->osecs.len && segment_group(((OutputSection *)ctx->osecs.data[k])->rank) == g; k++)
        align = MAX(align, 1ULL << ((OutputSection *)ctx->osecs.data[k])->p2align);
      addr = align_to(addr, align);
      off = align_to(off, align);
      seg_off = off;
      seg_addr = addr;
      group = g;
    } else if (in_relro && !o->relro) {
      addr = align_to(addr, PAGE_SIZE_X86); /* the RELRO end, inside one PT_LOAD */
    }
    in_relro = o->relro;
    addr = align_to(addr, 1ULL << o->p2align);
    o->addr = addr;
    if (o->type == SHT_NOBITS) {
      o->offset = off; /* GNU ld reports the running offset */
    } else {
      off = seg_off + (addr - seg_addr);
      o->offset = off;
      off += o->size;
    }
    uint64_t end;
    if (add_overflow(addr, o->size, &end)) fatal(ctx, "%s: the image does not fit in the address space", o->name);
    if (o->flags & SHF_TLS) {
      if (!tls_seen) ctx->tls_begin = addr;
      tls_seen = true;
      ctx->tls_end = end;
      ctx->tls_align = MAX(ctx->tls_align, 1ULL << o->p2align);
    }
    if (!is_tbss(o)) addr = end;
  }
  ctx->has_tls = tls_seen;
  /* TLS: variant II, the thread pointer is the aligned end of the block */
  if (tls_seen) ctx->tp_addr = align_to(ctx->tls_end, ctx->tls_align);
  /* non-allocated sections follow the image */
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if (segment_group(o->rank) != 4) continue;
    off = align_to(off, 1ULL << o->p2align);
    o->addr = 0;
    o->offset = off;
    off += o->size;
  }
  return off;
}

/* ------------------------------------------------- program headers */

typedef struct {
  Segment *ph;
  int n;          /* headers made */
  int cap;        /* 0: count only */
} Phdrs;

static Segment *phdr(Phdrs *p, uint32_t type, uint32_t flags) {
  Segment *s = p->n < p->cap ? &p->ph[p->n] : NULL;
  p->n++;
  if (s) *s = (Segment){.type = type, .flags = flags};
  return s;
}

/* A segment covering output sections os[i..j]: file bytes up to the end
 * of the last one with contents, memory up to the furthest end. */
static void cover(Segment *s, OutputSection **os, size_t i, size_t j, uint64_t align) {
  if (!s) return;
  s->offset = os[i]->offset;
  s->vaddr = os[i]->addr;
  s->align = align;
  uint64_t fend = s->offset, mend = s->vaddr;
  for (size_t k = i; k <= j; k++) {
    if (os[k]->type != SHT_NOBITS) fend = os[k]->offset + os[k]->size;
    mend = MAX(mend, os[k]->addr + os[k]->size);
  }
  s->filesz = fend - s->offset;
  s->memsz = mend - s->vaddr;
}

static size_t osec_index(Ctx *ctx, OutputSection *o) {
  for (size_t i = 0; i < ctx->osecs.len; i++)
    if (ctx->osecs.data[i] == o) return i;
  BUG("output section %s not in the list", o->name);
}

/* One segment over a synthetic section's output section. */
static void cover_synthetic(Ctx *ctx, Phdrs *p, uint32_t type, uint32_t flags, InputSection *is, uint64_t align) {
  Segment *s = phdr(p, type, flags);
  size_t i = osec_index(ctx, is->osec);
  cover(s, (OutputSection **)ctx->osecs.data, i, i, align);
}

/* The program headers, derived from the sorted, placed output sections.
 * Run once before addresses are known to count them (cap 0), and again
 * after to fill them in: the count depends on the order only.  The order
 * is GNU ld's. */
static void build_phdrs(Ctx *ctx, Phdrs *p) {
  OutputSection **os = (OutputSection **)ctx->osecs.data;
  size_t n = ctx->osecs.len, nalloc = 0;
  while (nalloc < n && segment_group(os[nalloc]->rank) != 4) nalloc++;
  uint64_t base = ctx->opt.image_base, hdr_end = ctx->phdr_off + sizeof(Elf64_Phdr) * (uint64_t)p->cap;
  if (ctx->interp) {
    Segment *s = phdr(p, PT_PHDR, PF_R);
    if (s) *s = (Segment){PT_PHDR, PF_R, ctx->phdr_off, base + ctx->phdr_off, hdr_end - ctx->phdr_off,
                          hdr_end - ctx->phdr_off, 8};
    cover_synthetic(ctx, p, PT_INTERP, PF_R, ctx->interp, 1);
  }
  /* PT_LOAD: one per segment group; the first maps the headers too */
  if (nalloc == 0 || segment_group(os[0]->rank) != 0) {
    Segment *s = phdr(p, PT_LOAD, PF_R);
    if (s) *s = (Segment){PT_LOAD, PF_R, 0, base, hdr_end, hdr_end, PAGE_SIZE_X86};
  }
  for (size_t i = 0; i < nalloc;) {
    int g = segment_group(os[i]->rank);
    size_t j = i;
    uint64_t align = PAGE_SIZE_X86;
    while (j + 1 < nalloc && segment_group(os[j + 1]->rank) == g) j++;
    for (size_t k = i; k <= j; k++) align = MAX(align, 1ULL << os[k]->p2align);
    Segment *s = phdr(p, PT_LOAD, group_flags(g));
    cover(s, os, i, j, align);
    if (s && g == 0) { /* from the ELF header */
      s->filesz += s->offset;
      s->memsz += s->offset;
      s->offset = 0;
      s->vaddr = base;
    }
    i = j + 1;
  }
  if (ctx->dynamic) cover_synthetic(ctx, p, PT_DYNAMIC, PF_R | PF_W, ctx->dynamic, 8);
  /* PT_NOTE: a run of notes of one alignment each */
  for (size_t i = 0; i < nalloc; i++) {
    if (!is_alloc_note(os[i])) continue;
    size_t j = i;
    while (j + 1 < nalloc && is_alloc_note(os[j + 1]) && os[j + 1]->p2align == os[i]->p2align) j++;
    cover(phdr(p, PT_NOTE, PF_R), os, i, j, 1ULL << os[i]->p2align);
    i = j;
  }
  size_t t0 = n, t1 = 0, r0 = n, r1 = 0;
  for (size_t i = 0; i < nalloc; i++) {
    if (os[i]->flags & SHF_TLS) t0 = MIN(t0, i), t1 = i;
    if (os[i]->relro) r0 = MIN(r0, i), r1 = i;
  }
  if (t0 < n) {
    Segment *s = phdr(p, PT_TLS, PF_R);
    cover(s, os, t0, t1, ctx->tls_align);
    if (s) s->memsz = ctx->tls_end - ctx->tls_begin;
  }
  if (ctx->property) cover_synthetic(ctx, p, PT_GNU_PROPERTY, PF_R, ctx->property, 8);
  if (ctx->eh_frame_hdr) cover_synthetic(ctx, p, PT_GNU_EH_FRAME, PF_R, ctx->eh_frame_hdr, 4);
  Segment *st = phdr(p, PT_GNU_STACK, PF_R | PF_W | (ctx->opt.execstack ? PF_X : 0));
  if (st) st->align = 16;
  if (r0 < n) {
    /* up to the page boundary that assign_addresses put after it */
    Segment *s = phdr(p, PT_GNU_RELRO, PF_R);
    cover(s, os, r0, r1, 1);
    if (s) s->memsz = align_to(s->vaddr + s->memsz, PAGE_SIZE_X86) - s->vaddr;
  }
}

void layout_sections(Ctx *ctx) {
  /* sizes that depend on which output sections exist (.dynamic) */
  for (size_t i = 0; i < ctx->synthetics.len; i++) {
    InputSection *is = ctx->synthetics.data[i];
    if (is->syn->size) is->size = is->syn->size(ctx, is);
  }
  /* member offsets within each output section, in parallel */
  par_for(ctx, ctx->osecs.len, 1, size_one, NULL);
  /* the program headers' count fixes the headers' size */
  Phdrs count = {NULL, 0, 0};
  build_phdrs(ctx, &count);
  ctx->phdr_off = sizeof(Elf64_Ehdr);
  uint64_t headers = sizeof(Elf64_Ehdr) + sizeof(Elf64_Phdr) * (uint64_t)count.n;
  if (count.n > (int)ARRAY_SIZE(ctx->phdrs)) BUG("too many program headers (%d)", count.n);
  ctx->file_size = assign_addresses(ctx, headers); /* symtab, strtab, shstrtab and headers: output.c */
  /* .relr.dyn's size depends on the places it lists: encode, and lay out
   * again if it changed (the encoding does not change with it) */
  for (int pass = 0; pass < 4 && encode_relr(ctx); pass++) {
    size_members(ctx->relr->osec);
    ctx->file_size = assign_addresses(ctx, headers);
  }
  Phdrs fill = {ctx->phdrs, 0, count.n};
  build_phdrs(ctx, &fill);
  if (fill.n != count.n) BUG("program header count %d != %d", fill.n, count.n);
  ctx->nphdrs = fill.n;
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
    "_GLOBAL_OFFSET_TABLE_", "__GNU_EH_FRAME_HDR", "__dso_handle", "_TLS_MODULE_BASE_", "_DYNAMIC",
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
    /* _DYNAMIC exists in dynamic outputs only (elsewhere an undefined weak: 0) */
    if (!ctx->opt.dynamic && !strcmp(linker_syms[i], "_DYNAMIC")) continue;
    if (s && !sym_is_defined(s) && !sym_is_imported(s) && s->referenced) provide(ctx, s);
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
  for (size_t c = 0; c < j.cands.len; c++) {
    if (!atomic_load(&j.found[c])) continue;
    Symbol *s = j.cands.data[c];
    /* GNU ld gives them protected visibility (-z start-stop-visibility),
     * or the references' stricter one, and exports them from a library */
    uint8_t vis = s->visibility == STV_DEFAULT ? STV_PROTECTED : s->visibility;
    provide(ctx, s);
    s->visibility = vis;
    s->start_stop = true;
  }
  free(j.found);
  vec_free(&j.cands);
  vec_free(&j.secs);
}

OutputSection *start_stop_osec(Ctx *ctx, const Symbol *s) {
  return find_osec(ctx, s->name + (strncmp(s->name, "__start_", 8) ? 7 : 8));
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
      {"_DYNAMIC", ctx->dynamic ? isec_addr(ctx->dynamic, 0) : 0},
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
    OutputSection *o = s->start_stop ? start_stop_osec(ctx, s) : NULL;
    if (o) s->value = strncmp(s->name, "__stop_", 7) ? o->addr : o->addr + o->size;
  }
  Symbol *e = ctx->opt.entry ? sym_find(ctx, ctx->opt.entry) : NULL;
  if (e && sym_is_defined(e)) ctx->entry_addr = sym_addr(ctx, e);
  else if (ctx->opt.kind == OUT_SHARED) ctx->entry_addr = 0; /* GNU ld: 0 when -e names nothing defined */
  else {
    OutputSection *t = find_osec(ctx, ".text");
    ctx->entry_addr = t ? t->addr : base;
  }
}
