/*
 * ehframe.c - .eh_frame: split input sections into CIE and FDE records,
 * attach each FDE to the section it describes, drop FDEs of discarded or
 * garbage-collected sections, and build .eh_frame_hdr.
 *
 * Input .eh_frame sections stay in input order in the output .eh_frame (so
 * crtend.o's zero terminator stays last, as the unwinder's registration
 * from crtbeginT.o expects); each keeps its CIEs and its live FDEs.  Since
 * dropping FDEs moves records, the FDEs' CIE pointers are rewritten when the
 * section is written (reloc.c), and offsets into .eh_frame are mapped with
 * ehframe_offset().
 */
#include "weld.h"

static int rela_cmp(const void *a, const void *b) {
  const ElfRela *x = a, *y = b;
  return x->r_offset < y->r_offset ? -1 : x->r_offset > y->r_offset;
}

static void split_one(Ctx *ctx, InputSection *is) {
  InputFile *f = is->file;
  const uint8_t *d = is->data;
  uint64_t size = is->size;
  /* count records, validating lengths */
  uint32_t n = 0;
  for (uint64_t off = 0; off < size;) {
    if (size - off < 4) {
      error(ctx, "%s:(.eh_frame+0x%llx): truncated record", f->display, (unsigned long long)off);
      return;
    }
    uint32_t len = rd32(d + off);
    if (len == 0xffffffffu) {
      error(ctx, "%s:(.eh_frame+0x%llx): 64-bit DWARF records are not supported", f->display, (unsigned long long)off);
      return;
    }
    if (len == 0) {
      n++;
      off += 4;
      continue;
    }
    if (len < 4 || !range_ok(off + 4, len, size)) {
      error(ctx, "%s:(.eh_frame+0x%llx): record length 0x%x runs past the end of the section", f->display,
            (unsigned long long)off, len);
      return;
    }
    n++;
    off += 4 + (uint64_t)len;
  }
  is->nrecs = n;
  is->rec_in = NEW_ARRAY(ctx, uint32_t, n + 1);
  is->rec_out = NEW_ARRAY(ctx, uint32_t, n + 1);
  is->rec_size = NEW_ARRAY(ctx, uint32_t, n + 1);
  uint32_t k = 0;
  for (uint64_t off = 0; off < size; k++) {
    uint32_t len = rd32(d + off);
    is->rec_in[k] = (uint32_t)off;
    is->rec_size[k] = len ? len + 4 : 4;
    off += is->rec_size[k];
  }
  /* relocations must be sorted to be matched to records */
  for (uint32_t r = 1; r < is->nrels; r++)
    if (is->rels[r].r_offset < is->rels[r - 1].r_offset) {
      ElfRela *copy = NEW_ARRAY(ctx, ElfRela, is->nrels);
      memcpy(copy, is->rels, sizeof(ElfRela) * is->nrels);
      qsort(copy, is->nrels, sizeof(ElfRela), rela_cmp);
      is->rels = copy;
      break;
    }
  /* FDEs: a non-zero CIE pointer; pc_begin at +8 carries the relocation */
  uint32_t r = 0;
  for (k = 0; k < n; k++) {
    uint32_t off = is->rec_in[k], sz = is->rec_size[k];
    if (sz < 8) continue;
    uint32_t id = rd32(d + off + 4);
    if (id == 0) continue; /* CIE */
    if (id > off + 4) {
      error(ctx, "%s:(.eh_frame+0x%x): FDE's CIE pointer 0x%x points before the section", f->display, off, id);
      return;
    }
    while (r < is->nrels && is->rels[r].r_offset < off) r++;
    uint32_t first = r;
    while (r < is->nrels && is->rels[r].r_offset < (uint64_t)off + sz) r++;
    if (first == r || is->rels[first].r_offset != (uint64_t)off + 8) continue; /* no pc_begin relocation */
    uint32_t symi = (uint32_t)ELF64_R_SYM(is->rels[first].r_info);
    uint32_t shndx = esym_shndx(f, symi);
    InputSection *target = shndx < f->nsections ? f->sections[shndx] : NULL;
    if (!target) continue;
    Fde *fde = &f->fdes[f->nfdes++];
    fde->eh = is;
    fde->target = target;
    fde->rec = k;
    fde->rel_first = first;
    fde->rel_count = r - first;
  }
}

/* FDEs grouped by the section they describe, in input order within it.
 * (A function's .text.unlikely part has FDEs interleaved with others.) */
static int fde_cmp(const void *a, const void *b) {
  const Fde *x = a, *y = b;
  if (x->target->shndx != y->target->shndx) return x->target->shndx < y->target->shndx ? -1 : 1;
  if (x->eh->shndx != y->eh->shndx) return x->eh->shndx < y->eh->shndx ? -1 : 1;
  return x->rec < y->rec ? -1 : x->rec > y->rec;
}

static void parse_file(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  uint64_t total = 0;
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    /* an FDE that gets an entry has a relocation (its pc_begin at +8),
     * and is at least 9 bytes (length, CIE pointer, a relocated byte) */
    if (is && is->is_ehframe && atomic_load(&is->alive)) total += MIN(is->size / 8 + 1, (uint64_t)is->nrels);
  }
  if (!total) return;
  f->fdes = NEW_ARRAY(ctx, Fde, total);
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (is && is->is_ehframe && atomic_load(&is->alive)) split_one(ctx, is);
  }
  qsort(f->fdes, f->nfdes, sizeof(Fde), fde_cmp);
  for (uint32_t k = 0; k < f->nfdes; k++) {
    InputSection *t = f->fdes[k].target;
    if (t->fde_count == 0) t->fde_first = k;
    t->fde_count++;
  }
}

void parse_eh_frames(Ctx *ctx) { par_for(ctx, ctx->files.len, 16, parse_file, NULL); }

/* Decides which records of one file's .eh_frame sections are kept. */
static void finalize_file(Ctx *ctx, void *arg, size_t i) {
  (void)ctx;
  uint64_t *counts = arg;
  InputFile *f = ctx->files.data[i];
  uint64_t nfde = 0;
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (!is || !is->is_ehframe || !atomic_load(&is->alive) || !is->rec_in) continue;
    for (uint32_t r = 0; r < is->nrecs; r++) is->rec_out[r] = 0; /* provisional: kept */
    /* mark dropped FDEs: those whose pc_begin section is dead, or that
     * describe nothing we know (no relocation) */
    for (uint32_t r = 0; r < is->nrecs; r++) {
      uint32_t off = is->rec_in[r], sz = is->rec_size[r];
      if (sz < 8 || rd32(is->data + off + 4) == 0) continue;
      is->rec_out[r] = UINT32_MAX; /* dropped unless an FDE entry keeps it */
    }
  }
  for (uint32_t k = 0; k < f->nfdes; k++) {
    Fde *fde = &f->fdes[k];
    InputSection *eh = fde->eh;
    const ElfRela *rel = &eh->rels[fde->rel_first];
    uint32_t shndx = esym_shndx(f, (uint32_t)ELF64_R_SYM(rel->r_info));
    InputSection *target = shndx < f->nsections ? f->sections[shndx] : NULL;
    if (target && atomic_load(&target->alive)) {
      eh->rec_out[fde->rec] = 0;
      nfde++;
    }
  }
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (!is || !is->is_ehframe || !atomic_load(&is->alive) || !is->rec_in) continue;
    uint32_t out = 0;
    for (uint32_t r = 0; r < is->nrecs; r++) {
      if (is->rec_out[r] == UINT32_MAX) continue;
      is->rec_out[r] = out;
      out += is->rec_size[r];
    }
    is->size = out;
  }
  counts[i] = nfde;
}



void finalize_eh_frames(Ctx *ctx) {
  uint64_t *counts = calloc(ctx->files.len + 1, sizeof(uint64_t));
  par_for(ctx, ctx->files.len, 16, finalize_file, counts);
  ctx->eh_nfde = 0;
  for (size_t i = 0; i < ctx->files.len; i++) ctx->eh_nfde += counts[i];
  free(counts);
}

uint64_t ehframe_offset(InputSection *is, uint64_t off) {
  if (!is->rec_in || is->nrecs == 0) return off;
  uint32_t lo = 0, hi = is->nrecs;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (is->rec_in[mid] <= off) lo = mid;
    else hi = mid;
  }
  if (is->rec_out[lo] == UINT32_MAX) return UINT64_MAX;
  return is->rec_out[lo] + (off - is->rec_in[lo]);
}

/* ---------------------------------------------------------- .eh_frame_hdr */

typedef struct {
  int64_t pc, fde;
} HdrEnt;

static int hdr_cmp(const void *a, const void *b) {
  const HdrEnt *x = a, *y = b;
  if (x->pc != y->pc) return x->pc < y->pc ? -1 : 1;
  return x->fde < y->fde ? -1 : x->fde > y->fde;
}

static void write_hdr(Ctx *ctx, InputSection *is, uint8_t *buf) {
  uint64_t hdr = isec_addr(is, 0);
  OutputSection *eh = ctx->ehframe_osec;
  HdrEnt *ents = malloc(sizeof(HdrEnt) * (ctx->eh_nfde + 1));
  uint64_t n = 0;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 0; k < f->nfdes; k++) {
      Fde *fde = &f->fdes[k];
      InputSection *e = fde->eh;
      if (e->rec_out[fde->rec] == UINT32_MAX || !atomic_load(&e->alive)) continue;
      const ElfRela *rel = &e->rels[fde->rel_first];
      Symbol *s = f->syms[ELF64_R_SYM(rel->r_info)];
      uint64_t pc;
      if (s->type == STT_SECTION && s->is_local) pc = isec_addr(s->isec, s->value + (uint64_t)rel->r_addend);
      else pc = sym_addr(ctx, s) + (uint64_t)rel->r_addend;
      if (n < ctx->eh_nfde) {
        ents[n].pc = (int64_t)(pc - hdr);
        ents[n].fde = (int64_t)(isec_addr(e, e->rec_in[fde->rec]) - hdr);
        n++;
      }
    }
  }
  qsort(ents, n, sizeof(HdrEnt), hdr_cmp);
  buf[0] = 1;                       /* version */
  buf[1] = 0x1b;                    /* eh_frame_ptr: pcrel | sdata4 */
  buf[2] = 0x03;                    /* fde_count: udata4 */
  buf[3] = 0x3b;                    /* table: datarel | sdata4 */
  wr32(buf + 4, (uint32_t)(int32_t)((int64_t)eh->addr - (int64_t)(hdr + 4)));
  wr32(buf + 8, (uint32_t)n);
  for (uint64_t i = 0; i < n; i++) {
    if (ents[i].pc != (int32_t)ents[i].pc || ents[i].fde != (int32_t)ents[i].fde)
      error(ctx, ".eh_frame_hdr: a function is more than 2 GiB away from the header");
    wr32(buf + 12 + 8 * i, (uint32_t)(int32_t)ents[i].pc);
    wr32(buf + 16 + 8 * i, (uint32_t)(int32_t)ents[i].fde);
  }
  memset(buf + 12 + 8 * n, 0, is->size - 12 - 8 * n);
  free(ents);
}

void create_eh_frame_hdr(Ctx *ctx) {
  if (!ctx->opt.eh_frame_hdr) return;
  /* no .eh_frame input, no .eh_frame output for the header to point at:
   * no header (as GNU ld) */
  bool any = false;
  for (size_t i = 0; i < ctx->files.len && !any; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->nsections && !any; k++) {
      InputSection *e = f->sections[k];
      if (e && e->is_ehframe && atomic_load(&e->alive) && !strcmp(e->name, ".eh_frame")) any = true;
    }
  }
  if (!any) return;
  ctx->eh_frame_hdr = new_synthetic(ctx, ".eh_frame_hdr", SHT_PROGBITS, SHF_ALLOC, 2, 0, 12 + 8 * ctx->eh_nfde,
                                    SR_EH_FRAME_HDR, write_hdr);
}
