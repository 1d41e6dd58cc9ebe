/*
 * merge.c - SHF_MERGE|SHF_STRINGS sections: split into NUL-terminated
 * pieces, keep one copy of each distinct string per output merged section.
 *
 * Merged sections are keyed by (output name, flags, entry size, alignment).
 * A string's place is decided by its first occurrence in file priority,
 * section and offset order, whatever the threads do: every piece carries a
 * rank in that order; pieces are inserted into one lock-free table per
 * merged section in parallel, each slot keeping the lowest rank that holds
 * its string; then the owners (the pieces whose rank the slot kept) get
 * offsets in rank order through per-section prefix sums.  Each input
 * section ends up with a table mapping its piece offsets to offsets in the
 * merged section; addresses inside such a section go through
 * merge_offset().
 */
#include "weld.h"

typedef struct MergePiece {
  _Atomic uint64_t key;         /* hash << 32 | length; 0 = empty slot */
  _Atomic uint64_t rank;        /* lowest rank holding this string; 0 = none yet */
  const uint8_t *_Atomic data;  /* published after key */
  uint32_t len;
  uint32_t off;                 /* in the merged section, once laid out */
} MergePiece;

/* rank of piece k of the i-th mergeable section: their order of insertion */
static uint64_t piece_rank(size_t i, uint32_t k) { return (uint64_t)(i + 1) << 32 | k; }

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
  /* piece_out holds each piece's hash until insertion puts its slot there */
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

/* Inserts a piece; returns its slot.  The slot's rank becomes the lowest
 * of all pieces with the same string. */
static uint32_t insert(MergedSection *m, const uint8_t *p, uint32_t len, uint32_t h, uint64_t rank) {
  uint64_t key = (uint64_t)h << 32 | len;
  size_t mask = m->cap - 1;
  for (size_t j = h & mask;; j = (j + 1) & mask) {
    MergePiece *q = &m->table[j];
    uint64_t k = atomic_load_explicit(&q->key, memory_order_acquire);
    if (!k) {
      if (atomic_compare_exchange_strong(&q->key, &k, key)) {
        q->len = len;
        atomic_store_explicit(&q->data, p, memory_order_release);
      }
      /* else k now holds what another thread stored */
    }
    if (k && k != key) continue;
    const uint8_t *d;
    while (!(d = atomic_load_explicit(&q->data, memory_order_acquire)))
      ;
    if (d != p && memcmp(d, p, len)) continue;
    uint64_t old = atomic_load(&q->rank);
    while ((!old || rank < old) && !atomic_compare_exchange_weak(&q->rank, &old, rank))
      ;
    return (uint32_t)j;
  }
}

static void write_merged(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)ctx;
  MergedSection *m = is->merged;
  memset(buf, 0, is->size);
  for (size_t i = 0; i < m->cap; i++) {
    MergePiece *q = &m->table[i];
    if (q->key) memcpy(buf + q->off, q->data, q->len);
  }
}

typedef struct {
  Vec *secs;
  uint64_t *bytes;    /* per section: bytes its owned pieces take (aligned), then its base offset */
  uint64_t *last_pad; /* per section: alignment padding after its last owned piece */
  uint32_t *count;    /* per section: owned pieces */
} MergeJob;

static uint32_t piece_len(InputSection *is, uint32_t k) {
  return (k + 1 < is->npieces ? is->piece_in[k + 1] : (uint32_t)is->size) - is->piece_in[k];
}

static uint64_t merge_align(InputSection *is) { return MAX(1ULL << is->p2align, (uint64_t)is->entsize); }

/* piece_out: hash in, slot out */
static void insert_one(Ctx *ctx, void *arg, size_t i) {
  InputSection *is = ((MergeJob *)arg)->secs->data[i];
  for (uint32_t k = 0; k < is->npieces; k++)
    is->piece_out[k] = insert(is->merged, is->data + is->piece_in[k], piece_len(is, k), is->piece_out[k], piece_rank(i, k));
}

static void own_one(Ctx *ctx, void *arg, size_t i) {
  MergeJob *j = arg;
  InputSection *is = j->secs->data[i];
  uint64_t a = merge_align(is), bytes = 0, pad = 0;
  for (uint32_t k = 0; k < is->npieces; k++) {
    MergePiece *q = &is->merged->table[is->piece_out[k]];
    if (atomic_load_explicit(&q->rank, memory_order_relaxed) != piece_rank(i, k)) continue;
    uint64_t len = piece_len(is, k);
    bytes += align_to(len, a);
    pad = align_to(len, a) - len;
    j->count[i]++;
  }
  j->bytes[i] = bytes;
  j->last_pad[i] = pad;
}

/* owners get their offsets; then every piece reads its string's */
static void place_one(Ctx *ctx, void *arg, size_t i) {
  MergeJob *j = arg;
  InputSection *is = j->secs->data[i];
  uint64_t a = merge_align(is), off = j->bytes[i];
  for (uint32_t k = 0; k < is->npieces; k++) {
    MergePiece *q = &is->merged->table[is->piece_out[k]];
    if (atomic_load_explicit(&q->rank, memory_order_relaxed) != piece_rank(i, k)) continue;
    q->off = (uint32_t)off;
    off += align_to(piece_len(is, k), a);
  }
  is->owned_end = (uint32_t)off;
}

static void resolve_one(Ctx *ctx, void *arg, size_t i) {
  InputSection *is = ((MergeJob *)arg)->secs->data[i];
  for (uint32_t k = 0; k < is->npieces; k++) is->piece_out[k] = is->merged->table[is->piece_out[k]].off;
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
  for (size_t i = 0; i < secs.len; i++) {
    InputSection *is = secs.data[i];
    is->merged = get_merged(ctx, is);
    is->merged->want += is->npieces;
  }
  /* one table per merged section, sized once for every piece distinct */
  for (size_t i = 0; i < ctx->merged.len; i++) {
    MergedSection *m = ctx->merged.data[i];
    m->cap = 16;
    while (m->cap < m->want + m->want / 2 + 1) m->cap *= 2;
    m->table = table_alloc(m->cap * sizeof(MergePiece));
    if (!m->table) fatal(ctx, "out of memory (merged string table of %zu entries)", m->cap);
  }
  MergeJob j = {&secs, calloc(secs.len + 1, sizeof(uint64_t)), calloc(secs.len + 1, sizeof(uint64_t)),
                calloc(secs.len + 1, sizeof(uint32_t))};
  par_for(ctx, secs.len, 8, insert_one, &j);
  par_for(ctx, secs.len, 8, own_one, &j);
  /* each section's owned pieces start where the previous section's end */
  for (size_t i = 0; i < secs.len; i++) {
    InputSection *is = secs.data[i];
    MergedSection *m = is->merged;
    uint64_t bytes = j.bytes[i];
    j.bytes[i] = m->size; /* now the section's base */
    if (bytes) {
      m->size += bytes;
      m->last_pad = j.last_pad[i];
    }
    if (m->size > 0xfffffff0ULL) fatal(ctx, "merged string section %s is larger than 4 GiB", m->name);
  }
  par_for(ctx, secs.len, 8, place_one, &j);
  par_for(ctx, secs.len, 8, resolve_one, &j);
  for (size_t i = 0; i < secs.len; i++) ((InputSection *)secs.data[i])->merged->count += j.count[i];
  for (size_t i = 0; i < ctx->merged.len; i++) {
    MergedSection *m = ctx->merged.data[i];
    m->size -= m->last_pad; /* the last string is not padded */
  }
  for (size_t i = 0; i < secs.len; i++) {
    InputSection *is = secs.data[i];
    if (is->owned_end > is->merged->size) is->owned_end = (uint32_t)is->merged->size;
  }
  free(j.bytes);
  free(j.last_pad);
  free(j.count);
  for (size_t i = 0; i < ctx->merged.len; i++) {
    MergedSection *m = ctx->merged.data[i];
    InputSection *is = new_synthetic(ctx, m->name, SHT_PROGBITS, m->flags, m->p2align, m->entsize, m->size, 0,
                                     write_merged);
    is->merged = m;
    m->isec = is;
  }
  vec_free(&secs);
}

/* The offset in the merged section of input offset `off`: inside the
 * piece that holds it.  At or past the section's end (a section symbol
 * with an addend beyond it, or before it: -1 is huge) it is the end of the
 * strings this section contributes, as GNU ld's _bfd_merged_section_offset
 * answers (0 bytes if it owns none: where they would have started). */
uint64_t merge_offset(InputSection *is, uint64_t off) {
  if (off >= is->size) return is->owned_end;
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
