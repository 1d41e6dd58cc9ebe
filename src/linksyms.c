/*
 * linksyms.c - the symbols the linker defines: _end, __bss_start,
 * __init_array_start, _GLOBAL_OFFSET_TABLE_, _DYNAMIC, __ehdr_start, ...
 * and __start_SEC / __stop_SEC for sections named like C identifiers.
 * Each is defined only if the link references it and nothing defines it
 * (GNU ld's PROVIDE), before layout (define_linker_symbols); its value is
 * set once the addresses are known (fix_linker_symbols), along with the
 * --defsym aliases and the entry point.
 */
#include "weld.h"

bool is_c_ident(const char *s) {
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
    /* the headers are not in memory with -n/-N: no __ehdr_start (GNU ld) */
    if (ctx->opt.not_paged && !strcmp(linker_syms[i], "__ehdr_start")) continue;
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
      {"__executable_start", ctx->opt.text_segment},
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
