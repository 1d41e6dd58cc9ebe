/*
 * merge.c - SHF_MERGE|SHF_STRINGS sections: split into NUL-terminated
 * pieces, keep one copy of each distinct string per output merged section.
 *
 * Merged sections are keyed by (output name, flags, entry size, alignment).
 * Pieces are inserted in file priority, section and offset order, so the
 * first occurrence decides a string's place and the output does not depend
 * on thread timing.  Splitting runs in parallel per input section; the
 * insertion is one ordered pass.  Each input section ends up with a table
 * mapping its piece offsets to offsets in the merged section; addresses
 * inside such a section go through merge_offset().
 */
#include "weld.h"

typedef struct MergePiece {
  const uint8_t *data;
  uint64_t hash;
  uint32_t len;
  uint32_t off_plus1;    /* 0 = empty slot */
} MergePiece;

static bool is_mergeable(InputSection *is) {
  return (is->flags & SHF_MERGE) && (is->flags & SHF_STRINGS) && is->entsize >= 1 && is->entsize <= 8 &&
         is->nrels == 0 && is->type == SHT_PROGBITS && is->size > 0 && is->size < (1ULL << 32) &&
         is->file != NULL;
}

/* Splits one section into pieces: piece_in[] holds piece start offsets. */
static void split(Ctx *ctx, InputSection *is) {
  uint32_t es = is->entsize;
  uint64_t n = 0;
  for (uint64_t off = 0; off + es <= is->size; off += es) {
    bool z = true;
    for (uint32_t k = 0; k < es; k++)
      if (is->data[off + k]) z = false;
    if (z) n++;
  }
  is->piece_in = NEW_ARRAY(ctx, uint32_t, n + 1);
  is->piece_out = NEW_ARRAY(ctx, uint32_t, n + 1);
  uint64_t start = 0, k = 0;
  for (uint64_t off = 0; off + es <= is->size; off += es) {
    bool z = true;
    for (uint32_t b = 0; b < es; b++)
      if (is->data[off + b]) z = false;
    if (z) {
      is->piece_in[k++] = (uint32_t)start;
      start = off + es;
    }
  }
  is->npieces = (uint32_t)k;
  /* piece_out holds each piece's hash until insertion replaces it */
  for (uint32_t j = 0; j < k; j++) {
    uint32_t end = j + 1 < k ? is->piece_in[j + 1] : (uint32_t)is->size;
    is->piece_out[j] = (uint32_t)hash_bytes(is->data + is->piece_in[j], end - is->piece_in[j]);
  }
  if (start != is->size)
    error(ctx, "%s:(%s+0x%llx): string in a mergeable string section is not NUL-terminated", file_name(is->file),
          is->name, (unsigned long long)start);
}

static void split_one(Ctx *ctx, void *arg, size_t i) {
  Vec *v = arg;
  split(ctx, v->data[i]);
}

static MergedSection *get_merged(Ctx *ctx, InputSection *is) {
  const char *oname = output_section_name(is->name, is->flags);
  for (size_t i = 0; i < ctx->merged.len; i++) {
    MergedSection *m = ctx->merged.data[i];
    if (m->entsize == is->entsize && m->flags == is->flags && m->p2align == is->p2align && !strcmp(m->name, oname))
      return m;
  }
  MergedSection *m = NEW(ctx, MergedSection);
  m->name = oname;
  m->flags = is->flags;
  m->entsize = is->entsize;
  m->p2align = is->p2align;
  vec_push(&ctx->merged, m);
  return m;
}

static uint32_t insert(MergedSection *m, const uint8_t *p, uint32_t len, uint32_t h, uint32_t align) {
  if ((m->count + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 1024;
    while (ncap < 2 * m->want) ncap *= 2;
    MergePiece *nt = table_alloc(ncap * sizeof(MergePiece));
    if (!nt) {
      fprintf(stderr, "weld: error: out of memory growing a merged string table\n");
      exit(1);
    }
    for (size_t i = 0; i < m->cap; i++) {
      MergePiece *q = &m->table[i];
      if (!q->off_plus1) continue;
      size_t j = q->hash & (ncap - 1);
      while (nt[j].off_plus1) j = (j + 1) & (ncap - 1);
      nt[j] = *q;
    }
    table_free(m->table, m->cap * sizeof(MergePiece));
    m->table = nt;
    m->cap = ncap;
  }
  size_t j = h & (m->cap - 1);
  for (;;) {
    MergePiece *q = &m->table[j];
    if (!q->off_plus1) break;
    if (q->hash == h && q->len == len && !memcmp(q->data, p, len)) return q->off_plus1 - 1;
    j = (j + 1) & (m->cap - 1);
  }
  uint64_t off = align_to(m->size, align);
  MergePiece *q = &m->table[j];
  q->data = p;
  q->len = len;
  q->hash = h;
  q->off_plus1 = (uint32_t)(off + 1);
  m->size = off + len;
  m->count++;
  return (uint32_t)off;
}

static void write_merged(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)ctx;
  MergedSection *m = is->merged;
  memset(buf, 0, is->size);
  for (size_t i = 0; i < m->cap; i++) {
    MergePiece *q = &m->table[i];
    if (q->off_plus1) memcpy(buf + q->off_plus1 - 1, q->data, q->len);
  }
}

void merge_strings(Ctx *ctx) {
  Vec secs = {0};
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    for (uint32_t k = 1; k < f->nsections; k++) {
      InputSection *is = f->sections[k];
      if (is && atomic_load(&is->alive) && is_mergeable(is)) vec_push(&secs, is);
    }
  }
  par_for(ctx, secs.len, 64, split_one, &secs);
  checkpoint(ctx);
  /* each table is sized once, for every piece being distinct: growing
   * would touch fresh memory twice over */
  for (size_t i = 0; i < secs.len; i++) {
    InputSection *is = secs.data[i];
    is->merged = get_merged(ctx, is);
    is->merged->want += is->npieces;
  }
  for (size_t i = 0; i < secs.len; i++) {
    InputSection *is = secs.data[i];
    MergedSection *m = is->merged;
    uint32_t align = 1u << is->p2align;
    for (uint32_t k = 0; k < is->npieces; k++) {
      uint32_t start = is->piece_in[k];
      uint32_t end = k + 1 < is->npieces ? is->piece_in[k + 1] : (uint32_t)is->size;
      is->piece_out[k] = insert(m, is->data + start, end - start, is->piece_out[k], MAX(align, is->entsize));
    }
    if (m->size > 0xfffffff0ULL) fatal(ctx, "merged string section %s is larger than 4 GiB", m->name);
  }
  for (size_t i = 0; i < ctx->merged.len; i++) {
    MergedSection *m = ctx->merged.data[i];
    InputSection *is = NEW(ctx, InputSection);
    is->name = m->name;
    is->type = SHT_PROGBITS;
    is->flags = m->flags;
    is->entsize = m->entsize;
    is->p2align = m->p2align;
    is->size = m->size;
    is->merged = m;
    is->write_fn = write_merged;
    atomic_init(&is->alive, true);
    m->isec = is;
  }
  vec_free(&secs);
}

uint64_t merge_offset(InputSection *is, uint64_t off) {
  /* the last piece starting at or before off */
  uint32_t lo = 0, hi = is->npieces;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (is->piece_in[mid] <= off) lo = mid;
    else hi = mid;
  }
  if (is->npieces == 0) return off;
  return is->piece_out[lo] + (off - is->piece_in[lo]);
}
