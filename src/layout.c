/*
 * layout.c - map input sections to output sections, order them as GNU ld's
 * default script does, assign addresses and file offsets, and build the
 * program headers (linksyms.c gives linker-defined symbols their values).
 *
 * Image shape (non-PIE static, like GNU ld with -z separate-code):
 *   R    ELF header, program headers, notes, .rela.plt
 *   R X  .init .iplt .text ... .fini
 *   R    .rodata ... .eh_frame_hdr .eh_frame .gcc_except_table
 *   RW   .tdata .tbss | .init_array .fini_array .data.rel.ro .got .got.plt
 *        .data ... | .bss ...
 * then the non-allocated sections, .symtab, .strtab, .shstrtab and the
 * section header table.  Each PT_LOAD starts on a fresh page (-z
 * max-page-size) in both the file and memory, so offsets and addresses stay
 * congruent.  .tbss takes no address space of its own: the sections after it
 * overlap it, as in GNU ld.  -z noseparate-code merges the first three
 * segments, -n/-N make the image one segment without loaded headers, and
 * --section-start (-Ttext, -Tdata, -Tbss) moves sections as GNU ld's script
 * does, splitting segments where the addresses leave a gap.
 */
#include "weld.h"

#include <fnmatch.h>

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
  if (!strcmp(name, ".tcommon")) return ".tbss";
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

/* GNU ld's get_init_priority: .init_array.N and .fini_array.N have
 * priority N, .ctors.N and .dtors.N 65535-N (they run backwards); anything
 * else, or a value above INT_MAX, has none (UINT32_MAX).  An empty suffix
 * reads as 0, as strtoul's does. */
static uint32_t init_priority(const char *name) {
  const char *d;
  bool ctors = false;
  if (starts_with(name, ".init_array.") || starts_with(name, ".fini_array.")) d = name + 12;
  else if (starts_with(name, ".preinit_array.")) d = name + 15; /* weld's: GNU ld makes them orphans */
  else if (starts_with(name, ".ctors.") || starts_with(name, ".dtors.")) d = name + 7, ctors = true;
  else return UINT32_MAX;
  uint64_t v = 0;
  for (; *d; d++) {
    if (*d < '0' || *d > '9') return UINT32_MAX;
    if (v <= INT32_MAX) v = v * 10 + (uint64_t)(*d - '0');
  }
  if (ctors) v = 65535 - v; /* wraps past INT_MAX when N > 65535, as unsigned long does */
  return v <= INT32_MAX ? (uint32_t)v : UINT32_MAX;
}

/* The crtbegin/crtend objects that GNU ld's script keeps out of
 * .init_array/.fini_array (EXCLUDE_FILE (*crtbegin.o *crtbegin?.o
 * *crtend.o *crtend?.o)): 1 for crtbegin.o, 2 for crtbegin?.o, 3 for the
 * crtend ones, 0 for any other file.  The patterns match the object's path,
 * or a member's name or its archive's path. */
static int crt_file_kind(const InputFile *f) {
  if (!f) return 0;
  static const char *const pats[] = {"*crtbegin.o", "*crtbegin?.o", "*crtend.o", "*crtend?.o"};
  for (int k = 0; k < 4; k++)
    if ((f->member && !fnmatch(pats[k], f->member, 0)) || !fnmatch(pats[k], f->path, 0)) return k < 2 ? k + 1 : 3;
  return 0;
}

/* The output section an input section goes to, with the rules of GNU ld's
 * default script that depend on the file: .ctors/.dtors (and .ctors.N,
 * .dtors.N) join .init_array/.fini_array, except the plain .ctors/.dtors of
 * crtbegin/crtend, which keep their own output sections. */
static const char *input_output_name(InputSection *is) {
  const char *n = is->name;
  if (is_family(n, ".ctors") || is_family(n, ".dtors")) {
    bool init = n[1] == 'c';
    if (n[6] == 0 && crt_file_kind(is->file)) return init ? ".ctors" : ".dtors";
    return init ? ".init_array" : ".fini_array";
  }
  return output_section_name(n, is->flags);
}

/* GNU ld's compare_section for SORT_BY_INIT_PRIORITY: by priority, by
 * name when one of the two has none or the priorities are equal. */
static int init_cmp(const InputSection *x, const InputSection *y) {
  if (x->init_prio != UINT32_MAX && y->init_prio != UINT32_MAX && x->init_prio != y->init_prio)
    return x->init_prio < y->init_prio ? -1 : 1;
  return strcmp(x->name, y->name);
}

static int input_order(const InputSection *x, const InputSection *y) {
  int fx = x->file ? x->file->priority : 0, fy = y->file ? y->file->priority : 0;
  if (fx != fy) return fx < fy ? -1 : 1;
  return x->shndx < y->shndx ? -1 : x->shndx > y->shndx;
}

/* In-order walk of the sort tree (iterative: the tree may be a list). */
static size_t tree_walk(InputSection **in, const uint32_t *left, const uint32_t *right, uint32_t *stack,
                        InputSection **out) {
  size_t n = 0, sp = 0;
  uint32_t cur = 0; /* node 0 is the root; UINT32_MAX is none */
  while (cur != UINT32_MAX || sp) {
    while (cur != UINT32_MAX) {
      stack[sp++] = cur;
      cur = left[cur];
    }
    cur = stack[--sp];
    out[n++] = in[cur];
    cur = right[cur];
  }
  return n;
}

static int input_cmp(const void *a, const void *b) {
  return input_order(*(InputSection *const *)a, *(InputSection *const *)b);
}

/* The members of .init_array, .fini_array and .preinit_array in the order
 * GNU ld's
 *   KEEP (*(SORT_BY_INIT_PRIORITY(.init_array.*) SORT_BY_INIT_PRIORITY(.ctors.*)))
 *   KEEP (*(.init_array EXCLUDE_FILE (*crtbegin.o ...) .ctors))
 * gives them: the sorted group first, then the rest in input order.  The
 * sorted group is built as GNU ld builds it, by inserting the sections in
 * input order into an unbalanced binary tree (left when the new one
 * compares below the node, else right) and reading it in order: equal
 * sections stay in input order, and the names without a priority, which
 * compare by name only, land where GNU ld puts them even though that
 * comparison is not a total order. */
static void sort_init_members(Ctx *ctx, OutputSection *o) {
  size_t n = o->members.len, ns = 0, m = 0;
  InputSection **in = (InputSection **)o->members.data;
  qsort(in, n, sizeof(void *), input_cmp);
  InputSection **sorted = malloc(n * sizeof(*sorted)), **out = malloc(n * sizeof(*out));
  uint32_t *left = malloc(n * sizeof(uint32_t)), *right = malloc(n * sizeof(uint32_t));
  uint32_t *stack = malloc(n * sizeof(uint32_t));
  if (!sorted || !out || !left || !right || !stack) fatal(ctx, "out of memory");
  for (size_t i = 0; i < n; i++)
    if (in[i]->init_sorted) sorted[ns++] = in[i];
  for (uint32_t k = 0; k < ns; k++) {
    left[k] = right[k] = UINT32_MAX;
    for (uint32_t cur = 0; k > 0;) {
      uint32_t *next = init_cmp(sorted[k], sorted[cur]) < 0 ? &left[cur] : &right[cur];
      if (*next == UINT32_MAX) {
        *next = k;
        break;
      }
      cur = *next;
    }
  }
  if (ns) m = tree_walk(sorted, left, right, stack, out);
  for (size_t i = 0; i < n; i++)
    if (!in[i]->init_sorted) out[m++] = in[i];
  memcpy(in, out, n * sizeof(*out));
  free(sorted);
  free(out);
  free(left);
  free(right);
  free(stack);
}

/* .ctors/.dtors output sections (only crtbegin/crtend's plain ones reach
 * them): crtbegin.o first, then crtbegin?.o, then crtend. */
static int crt_cmp(const void *a, const void *b) {
  const InputSection *x = *(InputSection *const *)a, *y = *(InputSection *const *)b;
  int kx = crt_file_kind(x->file), ky = crt_file_kind(y->file);
  if (kx != ky) return kx < ky ? -1 : 1;
  return input_order(x, y);
}

/* SHF_MERGE/SHF_STRINGS and the entry size stay on an output section
 * whose members all have the same ones, as in GNU ld (.comment, .debug_str:
 * "MS", entry size 1). */
static void keep_merge_flags(OutputSection *o) {
  const uint64_t mf = SHF_MERGE | SHF_STRINGS;
  InputSection *m0 = o->members.data[0];
  uint64_t f0 = m0->flags & mf;
  if (!f0) return;
  for (size_t k = 1; k < o->members.len; k++) {
    InputSection *is = o->members.data[k];
    if ((is->flags & mf) != f0 || is->entsize != m0->entsize) return;
  }
  o->flags |= f0;
  o->entsize = m0->entsize;
}

/* .tbss is *(.tbss .tbss.* .gnu.linkonce.tb.*) *(.tcommon) in GNU ld's
 * script: the .tcommon inputs (and the TLS COMMON symbols, resolve.c) after
 * the others, each group in input order. */
static void tcommon_last(Ctx *ctx, OutputSection *o) {
  size_t n = o->members.len, k = 0;
  InputSection **tmp = malloc(n * sizeof(*tmp));
  if (!tmp) fatal(ctx, "out of memory");
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < n; i++) {
      InputSection *is = o->members.data[i];
      if ((strcmp(is->name, ".tcommon") == 0) == pass) tmp[k++] = is;
    }
  memcpy(o->members.data, tmp, n * sizeof(*tmp));
  free(tmp);
}

/* A .ctors/.dtors section placed in .init_array/.fini_array runs forwards
 * there, so its words are copied in reverse order (GNU ld's
 * SEC_ELF_REVERSE_COPY; one word needs nothing).  GNU ld requires one
 * relocation per word. */
static void mark_reversed(Ctx *ctx, OutputSection *o) {
  for (size_t k = 0; k < o->members.len; k++) {
    InputSection *is = o->members.data[k];
    if (!is->file || !(is_family(is->name, ".ctors") || is_family(is->name, ".dtors")) || is->size <= 8) continue;
    if (is->type == SHT_NOBITS || is->size != (uint64_t)is->nrels * 8) {
      error_keyed(ctx, ((uint64_t)is->file->priority << 32) | is->shndx,
                  "%s: size of section %s is not multiple of address size (%llu bytes, %u relocation%s; "
                  "in .%s_array it needs one 8-byte word per relocation)",
                  file_name(is->file), is->name, (unsigned long long)is->size, is->nrels, is->nrels == 1 ? "" : "s",
                  is->name[1] == 'c' ? "init" : "fini");
      continue;
    }
    is->reverse_words = 1;
  }
}

/* --shuffle-sections[=SEED], --reverse-sections (as mold has them): the
 * files' sections of an allocated output section in a permuted order, a
 * test for code that depends on the input order.  Left alone, as mold
 * and lld leave them: .init/.fini (crti/crtn's prologue and epilogue),
 * .ctors/.dtors and the init/fini arrays (run order), and .eh_frame
 * (crtend's terminator last); synthetic and merged members keep their
 * slots.  The permutation is a Fisher-Yates shuffle driven by splitmix64
 * seeded with SEED (0 or none: a fixed seed) and the section's name, so
 * the same seed gives the same output whatever --threads says. */
static uint64_t splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static void permute_members(Ctx *ctx, OutputSection *o) {
  static const char *const fixed[] = {".init", ".fini", ".ctors", ".dtors", ".init_array", ".fini_array",
                                      ".preinit_array", ".eh_frame"};
  if (!(o->flags & SHF_ALLOC)) return;
  for (size_t k = 0; k < sizeof(fixed) / sizeof(fixed[0]); k++)
    if (!strcmp(o->name, fixed[k])) return;
  size_t n = o->members.len, m = 0;
  InputSection **all = (InputSection **)o->members.data;
  size_t *slot = malloc(n * sizeof(*slot));
  InputSection **pick = malloc(n * sizeof(*pick));
  if (!slot || !pick) fatal(ctx, "out of memory");
  for (size_t i = 0; i < n; i++)
    if (all[i]->file && !synthetic_of(all[i])) {
      slot[m] = i;
      pick[m++] = all[i];
    }
  if (ctx->opt.reverse_sections) {
    for (size_t i = 0; i < m / 2; i++) {
      InputSection *t = pick[i];
      pick[i] = pick[m - 1 - i];
      pick[m - 1 - i] = t;
    }
  } else {
    uint64_t state = (ctx->opt.shuffle_seed ? ctx->opt.shuffle_seed : 0x5eed5eed5eed5eedULL) ^ hash_str(o->name);
    for (size_t i = m; i > 1; i--) {
      size_t j = (size_t)(splitmix64(&state) % i);
      InputSection *t = pick[i - 1];
      pick[i - 1] = pick[j];
      pick[j] = t;
    }
  }
  for (size_t i = 0; i < m; i++) all[slot[i]] = pick[i];
  free(slot);
  free(pick);
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
    if (!is || is->merged || !atomic_load(&is->alive)) continue;
    is->oname = input_output_name(is);
    const char *n = is->name;
    is->init_sorted = starts_with(n, ".init_array.") || starts_with(n, ".fini_array.") || starts_with(n, ".ctors.") ||
                      starts_with(n, ".dtors.") || starts_with(n, ".preinit_array.");
    is->init_prio = init_priority(n);
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
    keep_merge_flags(o);
    if (!strcmp(o->name, ".eh_frame")) ctx->ehframe_osec = o;
    /* no PT_GNU_RELRO with -n/-N (GNU ld: not a demand-paged output) */
    bool relro_on = ctx->opt.z_relro && !ctx->opt.not_paged;
    o->relro = relro_on && o->rank >= 300 && o->rank < SR_GOTPLT;
    for (size_t k = 0; k < o->members.len && !o->relro && relro_on; k++) {
      InputSection *is = o->members.data[k];
      if (synthetic_of(is) && is->syn->relro) o->relro = true;
    }
    if (!strcmp(o->name, ".init_array") || !strcmp(o->name, ".fini_array") || !strcmp(o->name, ".preinit_array")) {
      sort_init_members(ctx, o);
      o->type = !strcmp(o->name, ".init_array") ? SHT_INIT_ARRAY
                : !strcmp(o->name, ".fini_array") ? SHT_FINI_ARRAY : SHT_PREINIT_ARRAY;
      o->entsize = 8;
      if (o->type != SHT_PREINIT_ARRAY) mark_reversed(ctx, o);
    }
    if (!strcmp(o->name, ".ctors") || !strcmp(o->name, ".dtors"))
      qsort(o->members.data, o->members.len, sizeof(void *), crt_cmp);
    if (o->flags & SHF_TLS) ctx->has_tls = true;
    if (!strcmp(o->name, ".tbss")) tcommon_last(ctx, o);
    if (ctx->opt.shuffle_sections || ctx->opt.reverse_sections) permute_members(ctx, o);
  }
  qsort(ctx->osecs.data, ctx->osecs.len, sizeof(void *), osec_cmp);
  /* the first TLS section carries the TLS segment's alignment (GNU ld) */
  OutputSection *first_tls = NULL;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if (!(o->flags & SHF_TLS) || !(o->flags & SHF_ALLOC)) continue;
    if (!first_tls) first_tls = o;
    first_tls->p2align = MAX(first_tls->p2align, o->p2align);
  }
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

/* PT_LOAD flags for a section: R, X for code, W for data (and for code
 * with -N, see layout_sections). */
static uint32_t seg_flags(const OutputSection *o) {
  uint32_t f = PF_R;
  if (o->flags & SHF_EXECINSTR) f |= PF_X;
  if (o->flags & SHF_WRITE) f |= PF_W;
  return f;
}

static bool is_tbss(const OutputSection *o) { return (o->flags & SHF_TLS) && o->type == SHT_NOBITS; }
static bool is_alloc_note(const OutputSection *o) { return o->type == SHT_NOTE && (o->flags & SHF_ALLOC); }

/* Whether moving into segment group g starts a new PT_LOAD.  With -z
 * separate-code (GNU ld's default) each group has its own; with -z
 * noseparate-code the headers, code and read-only data share one, as in
 * GNU ld's script without the MAXPAGESIZE alignments; with -n/-N no group
 * change does (the image is one segment unless an address splits it). */
static bool group_starts_segment(Ctx *ctx, int g) {
  if (ctx->opt.not_paged) return false;
  return ctx->opt.separate_code || g >= 3;
}

/* The file-offset congruence of a PT_LOAD that starts at os[i]: the page
 * (-z max-page-size) or the largest alignment of the sections up to the
 * end of its group (more than the segment needs when an address or a
 * large alignment splits the group, which costs only file space). */
static uint64_t group_align(Ctx *ctx, size_t i, uint64_t page) {
  OutputSection **os = (OutputSection **)ctx->osecs.data;
  int g = segment_group(os[i]->rank);
  uint64_t align = page;
  for (size_t k = i; k < ctx->osecs.len && segment_group(os[k]->rank) == g; k++)
    align = MAX(align, 1ULL << os[k]->p2align);
  return align;
}

/* Where a PT_LOAD starts, as GNU ld's _bfd_elf_map_sections_to_segments
 * decides from addresses: a section below the end of the previous one, or
 * one whose address leaves a whole page unused after it (a fixed address,
 * a large alignment), cannot share its segment. */
static bool address_breaks_segment(uint64_t prev_end, uint64_t addr, uint64_t page) {
  if (addr < prev_end) return true;
  uint64_t next = align_to(prev_end, page);
  return next >= prev_end && next + page > next && next + page <= addr;
}

/* Marks the sections that start a PT_LOAD as far as the order alone
 * tells (before addresses exist): group changes, an address given on the
 * command line, a loaded section after a NOBITS one.  assign_addresses
 * sets the marks again with addresses; build_phdrs reads them. */
static void predict_segments(Ctx *ctx) {
  bool paged = !ctx->opt.not_paged, prev_nobits = false;
  int group = 0;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    int g = segment_group(o->rank);
    if (g == 4) break;
    o->seg_start = (i == 0 && !paged) || o->has_start || (prev_nobits && o->type != SHT_NOBITS);
    if (g != group && group_starts_segment(ctx, g)) o->seg_start = true;
    group = g;
    prev_nobits = o->type == SHT_NOBITS && !is_tbss(o);
  }
}

/* ------------------------------------------------------- addresses */

/* Addresses and file offsets of the allocated sections, in order, as GNU
 * ld's default script places them.  The image starts at -Ttext-segment
 * (the ELF header mapped at that address rounded down to the page) plus
 * the headers.  Each segment group starts a PT_LOAD on a fresh page
 * (-z max-page-size, raised to the largest section alignment in the group)
 * in both the file and memory, so that offsets and addresses stay
 * congruent; with -z noseparate-code the headers, code and read-only data
 * share one; with -n the data follows on the next page at the same offset
 * in the page (GNU ld's DATA_SEGMENT_ALIGN) in the same segment, with -N
 * right after the rest.  The end of the RELRO sections is aligned to the
 * page too, so that PT_GNU_RELRO covers whole pages.  A section with a
 * --section-start address is placed there, and the sections after it
 * follow it (an orphan's address is out of line: the ones after it
 * continue where they were, as in GNU ld); it starts a new PT_LOAD when
 * the address goes back or skips a page.  .tbss takes no address space:
 * the sections after it overlap it, as in GNU ld.  Sets each section's
 * seg_start mark; returns the file offset after the image. */
static uint64_t assign_addresses(Ctx *ctx, uint64_t headers_size) {
  Options *op = &ctx->opt;
  OutputSection **os = (OutputSection **)ctx->osecs.data;
  uint64_t page = op->max_page, base = op->image_base;
  bool paged = !op->not_paged;
  uint64_t addr = op->text_segment + headers_size, off = addr - base;
  uint64_t seg_off = 0, seg_addr = base; /* where the current PT_LOAD starts (paged: with the headers) */
  uint64_t prev_end = addr;
  bool have_prev = paged, prev_nobits = false;
  int group = 0;
  bool in_relro = false, tls_seen = false;
  ctx->tls_begin = ctx->tls_end = 0;
  ctx->tls_align = 1;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = os[i];
    int g = segment_group(o->rank);
    if (g == 4) break;
    bool new_seg = !have_prev;
    if (g != group) {
      if (group_starts_segment(ctx, g)) {
        addr = align_to(addr, page); /* the section's own alignment follows */
        /* SEGMENT_START("rodata-segment") / ("ldata-segment") of the script */
        if (g == 2 && op->rodata_segment_set && op->separate_code) addr = op->rodata_segment;
        if (g == 5 && op->ldata_segment_set) addr = op->ldata_segment;
        new_seg = true;
      } else if (g == 3 && !paged && !op->text_writable) {
        addr = align_to(addr, page) + (addr & (page - 1)); /* -n: DATA_SEGMENT_ALIGN */
      }
      group = g;
    } else if (in_relro && !o->relro) {
      addr = align_to(addr, page); /* the RELRO end (GNU ld 2.40: the maximum page size) */
    }
    in_relro = o->relro;
    addr = align_to(addr, 1ULL << o->p2align);
    if (o->has_start) addr = o->start_addr;
    if (have_prev && !new_seg)
      new_seg = address_breaks_segment(prev_end, addr, page) || (prev_nobits && o->type != SHT_NOBITS);
    if (new_seg) {
      uint64_t align = paged ? group_align(ctx, i, page) : page;
      seg_off = off + ((addr - off) & (align - 1)); /* the first offset from here congruent with addr */
      seg_addr = addr;
    }
    o->seg_start = new_seg;
    o->addr = addr;
    if (o->type == SHT_NOBITS) {
      o->offset = new_seg ? seg_off : off; /* GNU ld reports the running offset */
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
    prev_end = is_tbss(o) ? addr : end;
    prev_nobits = o->type == SHT_NOBITS && !is_tbss(o);
    have_prev = true;
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
 * of the last one with contents, memory up to the furthest end.  .tbss
 * takes memory only in PT_TLS (whose size build_phdrs sets), not in the
 * PT_LOAD or PT_GNU_RELRO around it, as in GNU ld. */
static void cover(Segment *s, OutputSection **os, size_t i, size_t j, uint64_t align) {
  if (!s) return;
  s->offset = os[i]->offset;
  s->vaddr = os[i]->addr;
  s->align = align;
  uint64_t fend = s->offset, mend = s->vaddr;
  for (size_t k = i; k <= j; k++) {
    if (os[k]->type != SHT_NOBITS) fend = os[k]->offset + os[k]->size;
    mend = MAX(mend, os[k]->addr + (is_tbss(os[k]) ? 0 : os[k]->size));
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
  /* PT_LOAD: one per run of sections from one seg_start mark to the next
   * (assign_addresses); the first maps the headers too, unless -n/-N */
  bool paged = !ctx->opt.not_paged;
  int first_load = p->n;
  if (paged && (nalloc == 0 || os[0]->seg_start)) {
    Segment *s = phdr(p, PT_LOAD, PF_R);
    if (s) *s = (Segment){PT_LOAD, PF_R, 0, base, hdr_end, hdr_end, ctx->opt.load_align};
  }
  for (size_t i = 0; i < nalloc;) {
    size_t j = i;
    while (j + 1 < nalloc && !os[j + 1]->seg_start) j++;
    uint64_t align = paged ? ctx->opt.load_align : 1;
    uint32_t flags = PF_R;
    for (size_t k = i; k <= j; k++) {
      align = MAX(align, 1ULL << os[k]->p2align);
      flags |= seg_flags(os[k]);
    }
    Segment *s = phdr(p, PT_LOAD, flags);
    cover(s, os, i, j, align);
    if (s && paged && i == 0 && !os[0]->seg_start) { /* from the ELF header */
      s->filesz += s->offset;
      s->memsz += s->offset;
      s->offset = 0;
      s->vaddr = base;
    }
    /* only memory (.bss alone): GNU ld's offset, the lowest congruent one */
    if (s && s->filesz == 0) s->offset = s->vaddr & (align - 1);
    i = j + 1;
  }
  /* in ascending address order (the ELF rule), when addresses were given
   * out of order (a -Tdata below the text) */
  for (int k = first_load + 1; p->ph && k < MIN(p->n, p->cap); k++)
    for (int m = k; m > first_load && p->ph[m - 1].vaddr > p->ph[m].vaddr; m--) {
      Segment t = p->ph[m];
      p->ph[m] = p->ph[m - 1];
      p->ph[m - 1] = t;
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
  if (ctx->stack_flags >= 0) {
    Segment *st = phdr(p, PT_GNU_STACK, (uint32_t)ctx->stack_flags);
    if (st) st->align = 16;
    if (st && ctx->opt.stack_size > 0) st->memsz = (uint64_t)ctx->opt.stack_size;
  }
  if (r0 < n) {
    /* up to the page boundary that assign_addresses put after it */
    Segment *s = phdr(p, PT_GNU_RELRO, PF_R);
    cover(s, os, r0, r1, 1);
    if (s) s->memsz = align_to(s->vaddr + s->memsz, ctx->opt.max_page) - s->vaddr;
  }
}

/* The output sections GNU ld's default script names (an address given to
 * one of them moves the location counter; any other section is an orphan,
 * whose address does not). */
static bool in_default_script(const char *name) {
  static const char *const names[] = {
      ".interp", ".note.gnu.build-id", ".hash", ".gnu.hash", ".dynsym", ".dynstr", ".gnu.version",
      ".gnu.version_d", ".gnu.version_r", ".rela.dyn", ".rela.plt", ".relr.dyn", ".init", ".plt", ".plt.got",
      ".plt.sec", ".text", ".fini", ".rodata", ".rodata1", ".eh_frame_hdr", ".eh_frame", ".sframe",
      ".gcc_except_table", ".gnu_extab", ".exception_ranges", ".tdata", ".tbss", ".preinit_array",
      ".init_array", ".fini_array", ".ctors", ".dtors", ".jcr", ".data.rel.ro", ".dynamic", ".got", ".got.plt",
      ".data", ".data1", ".bss", ".lbss", ".lrodata", ".ldata",
  };
  for (size_t i = 0; i < ARRAY_SIZE(names); i++)
    if (!strcmp(name, names[i])) return true;
  return false;
}

/* --section-start, -Ttext, -Tdata, -Tbss: the last address given for an
 * output section's name wins; a name no section has is ignored (GNU ld).
 * An orphan with an address is placed out of line: the location counter
 * of the sections around it does not move, so it goes after the other
 * allocated sections (in the file and in the order of the segments). */
static bool mark_section_starts(Ctx *ctx) {
  Vec *v = &ctx->opt.section_starts;
  bool any = ctx->opt.rodata_segment_set || ctx->opt.ldata_segment_set;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    o->has_start = false;
    if (!(o->flags & SHF_ALLOC)) continue;
    for (size_t k = v->len; k-- > 0;) {
      SectionStart *st = v->data[k];
      if (strcmp(st->name, o->name)) continue;
      o->has_start = any = true;
      o->start_addr = st->addr;
      o->start_inline = in_default_script(o->name);
      break;
    }
  }
  /* stable: the in-line allocated sections, the out-of-line ones, the rest */
  Vec order = {0};
  for (int pass = 0; pass < 3; pass++)
    for (size_t i = 0; i < ctx->osecs.len; i++) {
      OutputSection *o = ctx->osecs.data[i];
      int want = !(o->flags & SHF_ALLOC) ? 2 : o->has_start && !o->start_inline ? 1 : 0;
      if (want == pass) vec_push(&order, o);
    }
  memcpy(ctx->osecs.data, order.data, order.len * sizeof(void *));
  vec_free(&order);
  return any;
}

/* Sections that addresses given on the command line made overlap: an
 * error for each, as GNU ld's check_section_addresses reports them. */
static int addr_cmp(const void *a, const void *b) {
  const OutputSection *x = *(OutputSection *const *)a, *y = *(OutputSection *const *)b;
  if (x->addr != y->addr) return x->addr < y->addr ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static void check_overlaps(Ctx *ctx) {
  Vec v = {0};
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    if ((o->flags & SHF_ALLOC) && o->size && !is_tbss(o)) vec_push(&v, o);
  }
  qsort(v.data, v.len, sizeof(void *), addr_cmp);
  OutputSection *prev = NULL;
  for (size_t i = 0; i < v.len; i++) {
    OutputSection *o = v.data[i];
    if (prev && o->addr < prev->addr + prev->size)
      error(ctx, "section %s [0x%llx, 0x%llx) overlaps section %s [0x%llx, 0x%llx): check the addresses of "
                 "--section-start, -Ttext, -Tdata, -Tbss",
            o->name, (unsigned long long)o->addr, (unsigned long long)(o->addr + o->size), prev->name,
            (unsigned long long)prev->addr, (unsigned long long)(prev->addr + prev->size));
    if (!prev || o->addr + o->size > prev->addr + prev->size) prev = o;
  }
  vec_free(&v);
}

/* PT_GNU_STACK, as GNU ld 2.40 decides it (bfd_elf_size_dynamic_sections):
 * -z execstack / -z noexecstack say; otherwise the stack is executable if
 * an object's .note.GNU-stack is executable or an object has none (the
 * deprecated default, with a warning), and there is no PT_GNU_STACK at
 * all when no object has the note and -z stack-size is not given. */
static void decide_stack(Ctx *ctx) {
  Options *o = &ctx->opt;
  const int rw = PF_R | PF_W;
  if (o->execstack == 1) {
    ctx->stack_flags = rw | PF_X;
    if (o->warn_execstack == 1) warn(ctx, "enabling an executable stack because of -z execstack command line option");
    return;
  }
  if (o->execstack == 2) {
    ctx->stack_flags = rw;
    return;
  }
  InputFile *note_exec = NULL, *no_note = NULL;
  bool any_note = false;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    if (f->nsections <= 1) continue;
    if (f->has_execstack_note || f->has_noexecstack_note) {
      any_note = true;
      if (f->has_execstack_note) {
        note_exec = f;
        break;
      }
    } else {
      no_note = f;
    }
  }
  if (!any_note && o->stack_size <= 0) {
    ctx->stack_flags = -1;
    return;
  }
  bool exec = note_exec || no_note;
  ctx->stack_flags = rw | (exec ? PF_X : 0);
  if (!exec || o->warn_execstack == 0) return;
  if (note_exec)
    warn(ctx, "%s: requires executable stack (because the .note.GNU-stack section is executable)",
         file_name(note_exec));
  else
    warn(ctx, "%s: missing .note.GNU-stack section implies executable stack (GNU ld's deprecated default; "
              "-z noexecstack makes it non-executable)", file_name(no_note));
}

static int count_phdrs(Ctx *ctx) {
  Phdrs count = {NULL, 0, 0};
  build_phdrs(ctx, &count);
  if (count.n > (int)ARRAY_SIZE(ctx->phdrs))
    fatal(ctx, "too many program headers (%d, weld writes at most %d): the addresses given to sections "
               "(--section-start, -Tdata, ...) split the image into too many segments",
          count.n, (int)ARRAY_SIZE(ctx->phdrs));
  return count.n;
}

/* Addresses, then .relr.dyn's size, which depends on the places it lists:
 * encode, and lay out again if it changed (the encoding does not change
 * with it). */
static void place(Ctx *ctx, int nphdrs) {
  uint64_t headers = sizeof(Elf64_Ehdr) + sizeof(Elf64_Phdr) * (uint64_t)nphdrs;
  ctx->file_size = assign_addresses(ctx, headers); /* symtab, strtab, shstrtab and headers: output.c */
  for (int pass = 0; pass < 4 && encode_relr(ctx); pass++) {
    size_members(ctx->relr->osec);
    ctx->file_size = assign_addresses(ctx, headers);
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
  decide_stack(ctx);
  /* -N: the code is writable (GNU ld: not SEC_READONLY, so WAX) */
  if (ctx->opt.text_writable)
    for (size_t i = 0; i < ctx->osecs.len; i++) {
      OutputSection *o = ctx->osecs.data[i];
      if ((o->flags & SHF_ALLOC) && (o->flags & SHF_EXECINSTR)) o->flags |= SHF_WRITE;
    }
  bool fixed = mark_section_starts(ctx);
  bool phdr_unloaded = ctx->interp && ctx->opt.not_paged;
  if (phdr_unloaded)
    error(ctx, "-n/-N leave the program headers out of the loaded segments, but a dynamically linked "
               "executable needs them (PT_PHDR)");
  /* the program headers' count fixes the headers' size; it depends on the
   * order, and on where addresses given on the command line fall: count,
   * lay out, count again until it holds */
  ctx->phdr_off = sizeof(Elf64_Ehdr);
  predict_segments(ctx);
  int n = count_phdrs(ctx);
  place(ctx, n);
  for (int pass = 0; pass < 8; pass++) {
    int m = count_phdrs(ctx);
    if (m <= n) break; /* never shrink: a smaller header could move what decided */
    n = m;
    place(ctx, n);
  }
  Phdrs fill = {ctx->phdrs, 0, n};
  build_phdrs(ctx, &fill);
  if (fill.n > n) BUG("program header count %d > %d", fill.n, n);
  /* fewer than counted (an address that no longer splits a segment):
   * the rest are PT_NULL, which loaders skip */
  for (int k = fill.n; k < n; k++) ctx->phdrs[k] = (Segment){PT_NULL, 0, 0, 0, 0, 0, 0};
  ctx->nphdrs = n;
  if (fixed) check_overlaps(ctx);
  if (!ctx->opt.no_warn_rwx && !phdr_unloaded)
    for (int k = 0; k < fill.n; k++)
      if (ctx->phdrs[k].type == PT_LOAD && (ctx->phdrs[k].flags & (PF_W | PF_X)) == (PF_W | PF_X)) {
        warn(ctx, "%s has a LOAD segment with RWX permissions", ctx->opt.output);
        break;
      }
  /* _GLOBAL_OFFSET_TABLE_ is .got.plt's address */
  ctx->got_base = ctx->gotplt && ctx->gotplt->osec ? ctx->gotplt->osec->addr : 0;
}
