/*
 * gc.c - --gc-sections: keep only sections reachable from the roots.
 *
 * Roots: the entry point, -u and --defsym symbols, exported symbols of a
 * dynamic output, sections the runtime
 * finds without a symbol reference (init/fini arrays, .ctors/.dtors, .init,
 * .fini, notes, SHF_GNU_RETAIN), and sections named like C identifiers
 * whose __start_/__stop_ symbols are referenced.  Non-alloc sections
 * (debug info) are kept but are not roots.  A live section keeps alive
 * whatever its FDEs refer to beyond the function itself (LSDA in
 * .gcc_except_table, personality pointers).
 */
#include "weld.h"

#ifndef SHF_GNU_RETAIN
#define SHF_GNU_RETAIN (1u << 21)
#endif

typedef struct {
  InputSection **stack;
  size_t len, cap;
} Work;

static void mark(Work *w, InputSection *is) {
  if (!is || is->keep || !atomic_load(&is->alive)) return;
  is->keep = true;
  if (w->len == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 1024;
    w->stack = realloc(w->stack, w->cap * sizeof(InputSection *));
  }
  w->stack[w->len++] = is;
}

static void mark_sym(Work *w, Symbol *s) {
  if (s && s->isec) mark(w, s->isec);
}

static bool starts_with(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static bool is_root(Ctx *ctx, InputSection *is) {
  const char *n = is->name;
  if (!(is->flags & SHF_ALLOC)) return false;
  if (is->type == SHT_NOTE || is->type == SHT_INIT_ARRAY || is->type == SHT_FINI_ARRAY ||
      is->type == SHT_PREINIT_ARRAY || (is->flags & SHF_GNU_RETAIN))
    return true;
  if (starts_with(n, ".init_array") || starts_with(n, ".fini_array") || starts_with(n, ".preinit_array") ||
      starts_with(n, ".ctors") || starts_with(n, ".dtors") || !strcmp(n, ".init") || !strcmp(n, ".fini") ||
      !strcmp(n, ".jcr") || starts_with(n, ".note"))
    return true;
  if (is_c_ident(n)) {
    char buf[512];
    snprintf(buf, sizeof(buf), "__start_%s", n);
    Symbol *s = sym_find(ctx, buf);
    if (s && s->referenced) return true;
    snprintf(buf, sizeof(buf), "__stop_%s", n);
    s = sym_find(ctx, buf);
    if (s && s->referenced) return true;
  }
  return false;
}

void gc_sections(Ctx *ctx) {
  Work w = {0};
  if (ctx->opt.entry) mark_sym(&w, sym_find(ctx, ctx->opt.entry));
  for (size_t i = 0; i < ctx->opt.undefined.len; i++) mark_sym(&w, sym_find(ctx, ctx->opt.undefined.data[i]));
  for (size_t i = 0; i < ctx->opt.defsyms.len; i++) {
    Defsym *d = ctx->opt.defsyms.data[i];
    if (d->target) mark_sym(&w, d->target);
  }
  /* what goes into .dynsym is used from outside (classify_symbols ran) */
  for (uint64_t i = 0; ctx->opt.dynamic && i < ctx->syms_len; i++)
    if (ctx->syms_list[i]->is_exported) mark_sym(&w, ctx->syms_list[i]);
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->nsections; k++) {
      InputSection *is = f->sections[k];
      if (!is || !atomic_load(&is->alive)) continue;
      if (!(is->flags & SHF_ALLOC) || is->is_ehframe) is->keep = true; /* kept, not a root */
      else if (is_root(ctx, is)) mark(&w, is);
    }
  }
  while (w.len) {
    InputSection *is = w.stack[--w.len];
    InputFile *f = is->file;
    for (uint32_t r = 0; r < is->nrels; r++) mark_sym(&w, f->syms[ELF64_R_SYM(is->rels[r].r_info)]);
    for (uint32_t k = 0; k < is->fde_count; k++) {
      Fde *fde = &f->fdes[is->fde_first + k];
      InputSection *eh = fde->eh;
      /* skip the pc_begin relocation: it points back at `is` */
      for (uint32_t r = 1; r < fde->rel_count; r++)
        mark_sym(&w, f->syms[ELF64_R_SYM(eh->rels[fde->rel_first + r].r_info)]);
      /* the FDE's CIE: its personality routine pointer */
      uint32_t off = eh->rec_in[fde->rec];
      uint64_t cie = (uint64_t)off + 4 - rd32(eh->data + off + 4);
      uint64_t cie_end = cie + rd32(eh->data + cie) + 4;
      /* relocations are sorted by offset (parse_eh_frames): find the first
       * one at or after the CIE instead of scanning from the start */
      uint32_t lo = 0, hi = eh->nrels;
      while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (eh->rels[mid].r_offset < cie) lo = mid + 1;
        else hi = mid;
      }
      for (uint32_t r = lo; r < eh->nrels && eh->rels[r].r_offset < cie_end; r++)
        mark_sym(&w, f->syms[ELF64_R_SYM(eh->rels[r].r_info)]);
    }
  }
  free(w.stack);
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->nsections; k++) {
      InputSection *is = f->sections[k];
      if (!is || !atomic_load(&is->alive) || is->keep) continue;
      atomic_store(&is->alive, false);
      if (ctx->opt.print_gc_sections)
        fprintf(stderr, "weld: removing unused section '%s' in file '%s'\n", is->name, f->display);
    }
  }
}
