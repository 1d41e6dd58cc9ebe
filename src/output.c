/*
 * output.c - write the executable: create a temporary file next to the
 * output, assemble it chunk by chunk in per-thread buffers (section copies
 * with relocations applied, headers, .symtab, .strtab, .shstrtab), hash
 * each chunk for the build-id while it is in the cache, pwrite it, and
 * rename the file into place.
 *
 * Nothing is ever written at the output path itself: a link that fails at
 * any point leaves no partial file, and an existing output is untouched
 * until the rename.  The temporary file's name is the one piece of global
 * state outside the Ctx, because signal handlers and exit paths must be able
 * to remove it.
 */
#include "weld.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static char temp_path[4096];

void remove_temp_output(void) {
  if (temp_path[0]) unlink(temp_path);
  temp_path[0] = 0;
}

static void on_signal(int sig) {
  remove_temp_output();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* The inputs are mapped; if one shrinks under us or its pages cannot be
 * read (a sparse file on a full tmpfs), touching it raises SIGBUS.  Say
 * which file, remove the temporary output, exit 1. */
static const Vec *mapped_files;

static void put(const char *s) {
  ssize_t r = write(2, s, strlen(s));
  (void)r;
}

static void on_sigbus(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  remove_temp_output();
  const char *name = NULL;
  uintptr_t a = (uintptr_t)si->si_addr;
  for (size_t i = 0; mapped_files && i < mapped_files->len; i++) {
    const MappedFile *mf = mapped_files->data[i];
    if (a >= (uintptr_t)mf->data && a < (uintptr_t)mf->data + mf->size) name = mf->path;
  }
  if (name) {
    put("weld: error: ");
    put(name);
    put(": cannot read the file's contents (it was truncated or its storage failed while linking)\n");
    _exit(1);
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void install_signal_handlers(Ctx *ctx) {
  mapped_files = &ctx->mapped;
  signal(SIGXFSZ, SIG_IGN); /* ulimit -f: EFBIG from write() instead of death */
  signal(SIGPIPE, SIG_IGN); /* stderr into a closed pipe must not kill us mid-write */
  int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  for (size_t i = 0; i < ARRAY_SIZE(sigs); i++) signal(sigs[i], on_signal);
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_sigaction = on_sigbus;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGBUS, &sa, NULL);
}

/* ---------------------------------------------------------- .symtab */

/* The names the assembler gives its own labels, as bfd knows them
 * (_bfd_elf_is_local_label_name): .L*, ..*, _.L_*, and the fake symbols
 * L<digit>^A... */
static bool is_local_label(const char *n) {
  if (n[0] == '.' && (n[1] == 'L' || n[1] == '.')) return true;
  if (n[0] == '_' && n[1] == '.' && n[2] == 'L' && n[3] == '_') return true;
  return n[0] == 'L' && n[1] >= '0' && n[1] <= '9' && n[2] == 1;
}

/* GNU ld's choice of local symbols (elf_link_input_bfd): never section
 * symbols; none with -x; the assembler's labels in SHF_MERGE sections
 * (by default) or everywhere (-X); only the listed names with
 * --retain-symbols-file. */
static bool local_wanted(Ctx *ctx, InputFile *f, uint32_t i) {
  const Options *o = &ctx->opt;
  const ElfSym *es = &f->esyms[i];
  int type = ELF64_ST_TYPE(es->st_info);
  if (type == STT_SECTION || es->st_name == 0 || o->discard == DISCARD_ALL) return false;
  const char *name = esym_name(f, i);
  if (!name[0]) return false;
  InputSection *is = NULL;
  uint32_t shndx = esym_shndx(f, i);
  if (type != STT_FILE && shndx != XSHN_ABS) {
    if (shndx == SHN_UNDEF || shndx >= f->nsections) return false;
    is = f->sections[shndx];
    if (!is || !atomic_load(&is->alive)) return false;
    if (!(is->flags & SHF_ALLOC)) return false;
    if (is->is_ehframe) return false;
  }
  if ((o->discard == DISCARD_LOCALS || (o->discard == DISCARD_SEC_MERGE && is && (is->flags & SHF_MERGE))) &&
      is_local_label(name))
    return false;
  return !o->retain_syms || nameset_has(o->retain_syms, name);
}

/* --retain-symbols-file: whether the file names s.  GNU ld looks an import
 * that has a version up under its name in the library's table, NAME@@VERSION
 * (a hidden version's NAME@VERSION is already s's name). */
static bool retained(const NameSet *keep, Symbol *s) {
  bool is_default;
  const char *ver = sym_is_imported(s) ? dso_sym_version(s->file, s->esym, &is_default) : NULL;
  if (!ver || !is_default) return nameset_has(keep, s->name);
  size_t ln = strlen(s->name), lv = strlen(ver), n = ln + 2 + lv + 1;
  char buf[256], *key = n <= sizeof(buf) ? buf : malloc(n);
  if (!key) return false;
  memcpy(key, s->name, ln);
  memcpy(key + ln, "@@", 2);
  memcpy(key + ln + 2, ver, lv + 1);
  bool r = nameset_has(keep, key);
  if (key != buf) free(key);
  return r;
}

static bool global_wanted(Ctx *ctx, Symbol *s) {
  if (s->synthetic) {
    if (!s->referenced && s->visibility == STV_HIDDEN) return false;
  } else if (!sym_is_defined(s)) {
    if (!s->referenced) return false; /* undefined weak */
  } else {
    if (!s->file || !s->file->alive) return false;
    if (s->isec && !atomic_load(&s->isec->alive)) return false;
  }
  return !ctx->opt.retain_syms || retained(ctx->opt.retain_syms, s);
}

/* .symtab and .strtab are written in pieces, in parallel, straight into the
 * output chunks: each file's locals, then the globals in blocks of
 * GBLOCK.  build_symtab sizes them and gives every piece its place. */
#define GBLOCK 4096

/* Counts f's locals for .symtab and remembers which (a bit each), so that
 * the writers need not look at their sections again.  A file whose first
 * local there is not an STT_FILE symbol gets one named after it first, as
 * GNU ld writes (so that tools do not take its locals for the previous
 * file's). */
static void count_locals(Ctx *ctx, void *arg, size_t i) {
  InputFile *f = ctx->files.data[i];
  uint64_t n = 0, sz = 0;
  f->local_out = f->first_global > 1 ? NEW_ARRAY(ctx, uint64_t, (f->first_global + 63) / 64) : NULL;
  f->file_sym = NULL;
  for (uint32_t k = 1; k < f->first_global; k++)
    if (local_wanted(ctx, f, k)) {
      if (!n && ELF64_ST_TYPE(f->esyms[k].st_info) != STT_FILE) {
        const char *base = f->member ? f->member : f->path, *slash = strrchr(base, '/');
        f->file_sym = slash ? slash + 1 : base;
        n++;
        sz += strlen(f->file_sym) + 1;
      }
      f->local_out[k / 64] |= 1ULL << (k % 64);
      n++;
      sz += strlen(esym_name(f, k)) + 1;
    }
  f->nlocal_out = n;
  f->nlocal_strsize = sz;
}

static bool local_out(InputFile *f, uint32_t k) { return f->local_out[k / 64] >> (k % 64) & 1; }

typedef struct {
  uint64_t count, strsize; /* wanted globals in this block of syms_list, their names' bytes */
  uint64_t at, stroff;     /* index of the first in out_globals, .strtab offset of its name */
} SymBlock;

static void count_globals(Ctx *ctx, void *arg, size_t i) {
  SymBlock *b = &((SymBlock *)arg)[i];
  uint64_t end = MIN((uint64_t)(i + 1) * GBLOCK, ctx->syms_len);
  for (uint64_t k = (uint64_t)i * GBLOCK; k < end; k++) {
    Symbol *s = ctx->syms_list[k];
    if (!global_wanted(ctx, s)) continue;
    b->count++;
    b->strsize += strlen(s->name) + 1;
  }
}

static void place_globals(Ctx *ctx, void *arg, size_t i) {
  SymBlock *b = &((SymBlock *)arg)[i];
  uint64_t end = MIN((uint64_t)(i + 1) * GBLOCK, ctx->syms_len), idx = b->at, so = b->stroff;
  for (uint64_t k = (uint64_t)i * GBLOCK; k < end; k++) {
    Symbol *s = ctx->syms_list[k];
    if (!global_wanted(ctx, s)) continue;
    if (idx % GBLOCK == 0) ctx->gblock_stroff[idx / GBLOCK] = so;
    ctx->out_globals.data[idx++] = s;
    so += strlen(s->name) + 1;
  }
}

void build_symtab(Ctx *ctx) {
  ctx->symtab_nlocal = 1;
  ctx->strtab_size = 1;
  if (ctx->opt.strip_all) return;
  par_for(ctx, ctx->files.len, 16, count_locals, NULL);
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    f->symtab_local_index = ctx->symtab_nlocal;
    f->strtab_local_off = ctx->strtab_size;
    ctx->symtab_nlocal += f->nlocal_out;
    ctx->strtab_size += f->nlocal_strsize;
  }
  /* the globals: blocks of the symbol list counted, then placed, in parallel */
  size_t nb = (ctx->syms_len + GBLOCK - 1) / GBLOCK;
  SymBlock *b = calloc(nb + 1, sizeof(SymBlock));
  par_for(ctx, nb, 1, count_globals, b);
  uint64_t n = 0;
  for (size_t i = 0; i < nb; i++) {
    b[i].at = n;
    b[i].stroff = ctx->strtab_size;
    n += b[i].count;
    ctx->strtab_size += b[i].strsize;
  }
  vec_free(&ctx->out_globals);
  ctx->out_globals.data = malloc((n + 1) * sizeof(void *));
  ctx->out_globals.len = ctx->out_globals.cap = n;
  ctx->gblock_stroff = malloc((n / GBLOCK + 1) * sizeof(uint64_t));
  if (!ctx->out_globals.data || !ctx->gblock_stroff) fatal(ctx, "out of memory");
  par_for(ctx, nb, 1, place_globals, b);
  free(b);
  ctx->symtab_count_out = ctx->symtab_nlocal + ctx->out_globals.len;
}

static uint16_t shndx_of(Ctx *ctx, InputSection *is) {
  (void)ctx;
  if (is->merged && is->file) is = is->merged->isec;
  if (!is->osec) return SHN_ABS;
  return (uint16_t)is->osec->shndx;
}

/* gABI: in an executable or shared object a TLS symbol's value is its
 * offset in the TLS template (PT_TLS), as in GNU ld */
static uint64_t tls_value(Ctx *ctx, const Symbol *s, uint64_t addr) {
  return s->type == STT_TLS && s->isec && s->isec->osec && (s->isec->osec->flags & SHF_TLS) ? addr - ctx->tls_begin
                                                                                          : addr;
}

/* f's local symbols, at `out` (f->nlocal_out entries) */
static void write_local_syms(Ctx *ctx, InputFile *f, uint8_t *out) {
  uint64_t so = f->strtab_local_off;
  if (f->file_sym) {
    Elf64_Sym o = {.st_name = (uint32_t)so, .st_info = ELF64_ST_INFO(STB_LOCAL, STT_FILE), .st_shndx = SHN_ABS};
    memcpy(out, &o, sizeof(o));
    out += sizeof(o);
    so += strlen(f->file_sym) + 1;
  }
  for (uint32_t k = 1; k < f->first_global; k++) {
    if (!local_out(f, k)) continue;
    const ElfSym *es = &f->esyms[k];
    Elf64_Sym o = {0};
    o.st_name = (uint32_t)so;
    o.st_info = es->st_info;
    o.st_other = es->st_other;
    o.st_size = es->st_size;
    uint32_t shndx = esym_shndx(f, k);
    if (ELF64_ST_TYPE(es->st_info) == STT_FILE) {
      o.st_shndx = SHN_ABS;
    } else if (shndx == XSHN_ABS || shndx >= f->nsections) {
      o.st_shndx = SHN_ABS;
      o.st_value = es->st_value;
    } else {
      Symbol *s = f->syms[k];
      o.st_shndx = shndx_of(ctx, s->isec);
      o.st_value = tls_value(ctx, s, sym_real_addr(ctx, s));
    }
    memcpy(out, &o, sizeof(o));
    out += sizeof(o);
    so += strlen(esym_name(f, k)) + 1;
  }
}

static void write_local_strs(InputFile *f, uint8_t *out) {
  if (f->file_sym) {
    size_t len = strlen(f->file_sym) + 1;
    memcpy(out, f->file_sym, len);
    out += len;
  }
  for (uint32_t k = 1; k < f->first_global; k++) {
    if (!local_out(f, k)) continue;
    const char *name = esym_name(f, k);
    size_t len = strlen(name) + 1;
    memcpy(out, name, len);
    out += len;
  }
}

static void write_global_syms(Ctx *ctx, uint64_t block, uint8_t *out) {
  uint64_t so = ctx->gblock_stroff[block];
  uint64_t end = MIN((block + 1) * GBLOCK, (uint64_t)ctx->out_globals.len);
  for (uint64_t i = block * GBLOCK; i < end; i++) {
    Symbol *s = ctx->out_globals.data[i];
    Elf64_Sym o = {0};
    o.st_name = (uint32_t)so;
    int bind = s->bind == STB_GNU_UNIQUE ? STB_GLOBAL : s->bind;
    int vis = s->visibility;
    if (sym_is_imported(s) && s->isec) { /* copied here */
      o.st_info = ELF64_ST_INFO(import_bind(s), s->type);
      o.st_shndx = shndx_of(ctx, s->isec);
      o.st_value = sym_real_addr(ctx, s);
      o.st_size = s->size;
    } else if (!sym_is_defined(s)) { /* imported, or left undefined */
      o.st_info = ELF64_ST_INFO(s->referenced && !s->strong_ref ? STB_WEAK : STB_GLOBAL, s->type);
      o.st_shndx = SHN_UNDEF;
    } else if (s->synthetic) {
      o.st_info = ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE);
      o.st_value = s->value;
      OutputSection *os = s->start_stop ? start_stop_osec(ctx, s) : NULL;
      if (os) {
        o.st_shndx = (uint16_t)os->shndx;
      } else {
        o.st_shndx = SHN_ABS;
        vis = STV_DEFAULT;
      }
    } else {
      o.st_info = ELF64_ST_INFO(bind, s->type);
      o.st_size = s->size;
      if (s->isec) {
        o.st_shndx = shndx_of(ctx, s->isec);
        o.st_value = tls_value(ctx, s, sym_real_addr(ctx, s));
      } else {
        o.st_shndx = SHN_ABS;
        o.st_value = s->value;
      }
    }
    o.st_other = (uint8_t)vis;
    memcpy(out, &o, sizeof(o));
    out += sizeof(o);
    so += strlen(s->name) + 1;
  }
}

static void write_global_strs(Ctx *ctx, uint64_t block, uint8_t *out) {
  uint64_t end = MIN((block + 1) * GBLOCK, (uint64_t)ctx->out_globals.len);
  for (uint64_t i = block * GBLOCK; i < end; i++) {
    Symbol *s = ctx->out_globals.data[i];
    size_t len = strlen(s->name) + 1;
    memcpy(out, s->name, len);
    out += len;
  }
}

/* ------------------------------------------------------- build-id */

static void write_build_id_note(Ctx *ctx, InputSection *is, uint8_t *buf) {
  (void)ctx;
  memset(buf, 0, is->size);
  wr32(buf, 4);
  wr32(buf + 4, (uint32_t)(is->size - 16));
  wr32(buf + 8, NT_GNU_BUILD_ID);
  memcpy(buf + 12, "GNU", 4);
}

void create_build_id(Ctx *ctx) {
  size_t n;
  switch (ctx->opt.build_id) {
  case BUILD_ID_NONE: return;
  case BUILD_ID_DEFAULT:
  case BUILD_ID_SHA1: n = 20; break;
  case BUILD_ID_MD5: n = 16; break;
  case BUILD_ID_SHA256: n = 32; break;
  case BUILD_ID_FAST: n = 8; break;
  case BUILD_ID_UUID: n = 16; break;
  case BUILD_ID_HEX: n = ctx->opt.build_id_hex_len; break;
  default: return;
  }
  ctx->build_id = new_synthetic(ctx, ".note.gnu.build-id", SHT_NOTE, SHF_ALLOC, 2, 0, 16 + align_to(n, 4), SR_NOTE,
                                write_build_id_note);
}


/* The build-id of --build-id / sha1 / sha256 / md5 / fast is a hash over
 * the digests of the file's chunks (see below), taken while the note's
 * descriptor is still zero.  Chunk boundaries depend on the layout only,
 * so the value does not depend on the thread count.  The chunk digests are
 * SHA-1 for sha1 and md5, SHA-256 for sha256, and hash128 for plain
 * --build-id and fast (the root is SHA-1, truncated for fast; SHA-256 for
 * sha256): hashing the whole output with SHA-1 costs more than a tenth of
 * a large link. */
static void finish_build_id(Ctx *ctx, const uint8_t *digests, size_t nbytes, uint8_t *desc, size_t n) {
  switch (ctx->opt.build_id) {
  case BUILD_ID_HEX:
    memcpy(desc, ctx->opt.build_id_hex, ctx->opt.build_id_hex_len);
    return;
  case BUILD_ID_UUID: {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0 || read(fd, desc, 16) != 16) fatal(ctx, "--build-id=uuid: cannot read /dev/urandom");
    close(fd);
    desc[6] = (desc[6] & 0x0f) | 0x40;
    desc[8] = (desc[8] & 0x3f) | 0x80;
    return;
  }
  case BUILD_ID_MD5: {
    Md5 m;
    md5_init(&m);
    md5_update(&m, digests, nbytes);
    uint8_t d[16];
    md5_final(&m, d);
    memcpy(desc, d, MIN(n, 16));
    return;
  }
  case BUILD_ID_SHA256: {
    Sha256 s;
    sha256_init(&s);
    sha256_update(&s, digests, nbytes);
    uint8_t d[32];
    sha256_final(&s, d);
    memcpy(desc, d, MIN(n, 32));
    return;
  }
  default: {
    Sha1 s;
    sha1_init(&s);
    sha1_update(&s, digests, nbytes);
    uint8_t d[20];
    sha1_final(&s, d);
    memcpy(desc, d, MIN(n, 20));
    return;
  }
  }
}

static bool build_id_hashed(Ctx *ctx) {
  return ctx->build_id && ctx->opt.build_id != BUILD_ID_HEX && ctx->opt.build_id != BUILD_ID_UUID;
}

/* ---------------------------------------------------- section bodies */

static void write_ehframe(Ctx *ctx, InputSection *is, uint8_t *base) {
  /* copy kept records, then fix CIE pointers and apply relocations */
  for (uint32_t r = 0; r < is->nrecs; r++) {
    if (is->rec_out[r] == UINT32_MAX) continue;
    memcpy(base + is->rec_out[r], is->data + is->rec_in[r], is->rec_size[r]);
    uint32_t in = is->rec_in[r];
    if (is->rec_size[r] >= 8) {
      uint32_t id = rd32(is->data + in + 4);
      if (id != 0) {
        uint64_t cie_in = (uint64_t)in + 4 - id;
        uint64_t cie_out = ehframe_offset(is, cie_in);
        if (cie_out == UINT64_MAX) {
          error(ctx, "%s:(.eh_frame+0x%x): FDE's CIE at 0x%llx is not a record start", file_name(is->file), in,
                (unsigned long long)cie_in);
          continue;
        }
        wr32(base + is->rec_out[r] + 4, (uint32_t)(is->rec_out[r] + 4 - cie_out));
      }
    }
  }
  /* relocations: apply to a scratch view where offsets are the input's */
  if (!is->nrels) return;
  ElfRela *rels = malloc(sizeof(ElfRela) * is->nrels);
  uint32_t n = 0;
  for (uint32_t r = 0; r < is->nrels; r++) {
    uint64_t o = ehframe_offset(is, is->rels[r].r_offset);
    if (o == UINT64_MAX) continue;
    rels[n] = is->rels[r];
    rels[n].r_offset = o;
    n++;
  }
  /* apply with output-relative offsets: temporarily present the section as
   * already laid out (no record mapping) */
  InputSection view = *is;
  view.rels = rels;
  view.nrels = n;
  view.rec_in = NULL;
  view.is_ehframe = false;
  view.is_ehframe_out = true;
  view.size = is->size;
  apply_relocs(ctx, &view, base);
  free(rels);
}

/* --------------------------------------------------------- the file */

/* The file is cut into chunks of about chunk_size() bytes at piece boundaries
 * (a piece is a section member, or a slice of the headers or of the symbol
 * table).  Each chunk is assembled in a small per-thread buffer - copied,
 * relocated, the gaps zeroed - hashed for the build-id while it is in the
 * cache, and written with pwrite.  On these VMs the first touch of a page
 * costs microseconds even after MAP_POPULATE, so writing through buffers
 * that stay warm is several times faster than mapping the output. */
#define CHUNK (1u << 20)
/* A build-id leaf: chunk start (8), length (8), digest (20; 32 for sha256) */
enum { LEAF_SHA1 = 36, LEAF_SHA256 = 48 };

/* 1 MiB, less for small outputs so that both threads get work and the
 * buffers stay small (fresh memory is dear here).  It depends on the file
 * size only: chunks are the build-id's leaves. */
static uint64_t chunk_size(Ctx *ctx) {
  uint64_t c = 64u << 10;
  while (c < CHUNK && c * 32 < ctx->file_size) c *= 2;
  return c;
}

enum { P_COPY, P_SECTION, P_PART, P_LOCAL_SYMS, P_LOCAL_STRS, P_GLOBAL_SYMS, P_GLOBAL_STRS };

typedef struct {
  uint64_t off, size;
  int kind;
  uint32_t part;         /* P_PART: which part of u.is */
  union {
    const uint8_t *src;  /* P_COPY */
    InputSection *is;    /* P_SECTION */
    InputFile *file;     /* P_LOCAL_* */
    uint64_t block;      /* P_GLOBAL_*: index / GBLOCK */
  } u;
} Piece;

typedef struct {
  Piece *data;
  size_t len, cap;
} Pieces;

static Piece *add_piece(Ctx *ctx, Pieces *v, uint64_t off, uint64_t size, int kind) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 1024;
    v->data = realloc(v->data, v->cap * sizeof(Piece));
    if (!v->data) fatal(ctx, "out of memory");
  }
  Piece *p = &v->data[v->len++];
  p->off = off;
  p->size = size;
  p->kind = kind;
  return p;
}

/* `src` as pieces of at most CHUNK bytes, so that it spreads over chunks */
static void add_slices(Ctx *ctx, Pieces *v, uint64_t off, const uint8_t *src, uint64_t size) {
  for (uint64_t d = 0; d < size; d += CHUNK) add_piece(ctx, v, off + d, MIN((uint64_t)CHUNK, size - d), P_COPY)->u.src = src + d;
}

typedef struct {
  const Piece *pieces;
  size_t *first;       /* chunk c holds pieces first[c] .. first[c+1]-1 */
  uint64_t *start, *end; /* chunk c covers bytes start[c] .. end[c]-1 */
  uint8_t *digests;    /* leaf bytes per chunk: start, length, digest; or NULL */
  size_t leaf;         /* LEAF_SHA1 or LEAF_SHA256 */
  bool fast_leaves;    /* hash128 chunk digests (zero-padded to 20 bytes), not SHA-1 */
  const uint8_t *desc; /* build-id descriptor to put in place, or NULL */
  uint64_t desc_off, desc_len;
  uint8_t **bufs;      /* per thread, reused */
  uint64_t *caps;
  int fd;              /* -1: assemble and hash only */
  bool sequential;     /* write(), in order: the output is not a regular file */
  atomic_int err;
} FileJob;

static int piece_cmp(const void *a, const void *b) {
  const Piece *x = a, *y = b;
  return x->off < y->off ? -1 : x->off > y->off;
}

static void write_piece(Ctx *ctx, const Piece *p, uint8_t *dst) {
  InputSection *is = p->u.is;
  switch (p->kind) {
  case P_COPY: memcpy(dst, p->u.src, p->size); return;
  case P_LOCAL_SYMS: write_local_syms(ctx, p->u.file, dst); return;
  case P_LOCAL_STRS: write_local_strs(p->u.file, dst); return;
  case P_GLOBAL_SYMS: write_global_syms(ctx, p->u.block, dst); return;
  case P_GLOBAL_STRS: write_global_strs(ctx, p->u.block, dst); return;
  case P_PART: is->syn->write_part(ctx, is, p->part, dst); return;
  }
  if (synthetic_of(is)) is->syn->write(ctx, is, dst);
  else if (is->is_ehframe && is->rec_in) write_ehframe(ctx, is, dst);
  else {
    if (is->reverse_words) /* a .ctors/.dtors in .init_array/.fini_array (layout.c) */
      for (uint64_t w = 0; w < is->size; w += 8) memcpy(dst + is->size - 8 - w, is->data + w, 8);
    else
      memcpy(dst, is->data, is->size);
    if (is->nrels) apply_relocs(ctx, is, dst);
  }
}

static void put_chunk(Ctx *ctx, void *arg, size_t c) {
  FileJob *j = arg;
  if (atomic_load(&j->err)) return;
  uint64_t start = j->start[c], len = j->end[c] - start;
  int w = worker_id();
  if (j->caps[w] < len) {
    free(j->bufs[w]);
    j->caps[w] = MAX(len, chunk_size(ctx));
    j->bufs[w] = malloc(j->caps[w]);
    if (!j->bufs[w]) fatal(ctx, "out of memory (a %llu-byte output buffer)", (unsigned long long)len);
  }
  uint8_t *b = j->bufs[w];
  uint64_t cur = 0;
  for (size_t i = j->first[c]; i < j->first[c + 1]; i++) {
    const Piece *p = &j->pieces[i];
    uint64_t at = p->off - start;
    if (at > cur) memset(b + cur, 0, at - cur);
    write_piece(ctx, p, b + at);
    cur = at + p->size;
  }
  if (len > cur) memset(b + cur, 0, len - cur);
  if (j->desc && j->desc_off >= start && j->desc_off < start + len) memcpy(b + j->desc_off - start, j->desc, j->desc_len);
  if (j->digests && j->fast_leaves) {
    hash128(b, len, j->digests + j->leaf * c + 16);
  } else if (j->digests && j->leaf == LEAF_SHA256) {
    Sha256 s;
    sha256_init(&s);
    sha256_update(&s, b, len);
    sha256_final(&s, j->digests + j->leaf * c + 16);
  } else if (j->digests) {
    Sha1 s;
    sha1_init(&s);
    sha1_update(&s, b, len);
    sha1_final(&s, j->digests + j->leaf * c + 16);
  }
  for (uint64_t done = 0; j->fd >= 0 && done < len;) {
    ssize_t n = j->sequential ? write(j->fd, b + done, len - done)
                              : pwrite(j->fd, b + done, len - done, (off_t)(start + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int zero = 0;
      atomic_compare_exchange_strong(&j->err, &zero, n < 0 ? errno : EIO);
      return;
    }
    done += (uint64_t)n;
  }
}

static void file_pass(Ctx *ctx, FileJob *j, size_t nchunks) {
  if (j->sequential) {
    for (size_t c = 0; c < nchunks; c++) put_chunk(ctx, j, c);
  } else {
    par_for(ctx, nchunks, 1, put_chunk, j);
  }
  checkpoint(ctx); /* relocation errors found while writing */
  int err = atomic_load(&j->err);
  if (err)
    fatal(ctx, "cannot write output file %s (%llu bytes): %s", ctx->opt.output, (unsigned long long)ctx->file_size,
          strerror(err));
}

/* Writes bytes [0, ctx->file_size) of the output from the pieces (gaps are
 * zero) and puts the build-id in place. */
static void write_file(Ctx *ctx, int fd, bool sequential, Pieces *pv) {
  Piece *pieces = pv->data;
  size_t npieces = pv->len;
  /* added in file order; sorted only if the layout ever places output
   * sections out of offset order */
  bool sorted = true;
  for (size_t i = 1; i < npieces && sorted; i++) sorted = pieces[i - 1].off <= pieces[i].off;
  if (!sorted) qsort(pieces, npieces, sizeof(Piece), piece_cmp);
  /* Chunks end where a piece starts once they hold csize bytes; a gap of
   * csize or more between pieces is a hole that no chunk covers: ftruncate
   * made it zeros (on a pipe, zeros are written). */
  uint64_t csize = chunk_size(ctx);
  size_t cap = 64, nchunks = 1;
  size_t *first = malloc(cap * sizeof(size_t));
  uint64_t *start = malloc(cap * sizeof(uint64_t)), *end = malloc(cap * sizeof(uint64_t));
  first[0] = 0;
  start[0] = 0;
  for (size_t i = 1; i < npieces; i++) {
    uint64_t prev_end = pieces[i - 1].off + pieces[i - 1].size;
    bool hole = !sequential && pieces[i].off - prev_end >= csize;
    if (!hole && pieces[i].off - start[nchunks - 1] < csize) continue;
    if (nchunks + 2 > cap) {
      cap *= 2;
      first = realloc(first, cap * sizeof(size_t));
      start = realloc(start, cap * sizeof(uint64_t));
      end = realloc(end, cap * sizeof(uint64_t));
      if (!first || !start || !end) fatal(ctx, "out of memory");
    }
    end[nchunks - 1] = hole ? prev_end : pieces[i].off;
    first[nchunks] = i;
    start[nchunks++] = pieces[i].off;
  }
  first[nchunks] = npieces;
  end[nchunks - 1] = ctx->file_size;

  FileJob j = {.pieces = pieces, .first = first, .start = start, .end = end, .fd = fd, .sequential = sequential};
  atomic_init(&j.err, 0);
  j.bufs = calloc((size_t)ctx->nthreads, sizeof(uint8_t *));
  j.caps = calloc((size_t)ctx->nthreads, sizeof(uint64_t));
  uint8_t desc[64] = {0};
  bool hashed = build_id_hashed(ctx);
  if (ctx->build_id) {
    j.desc_off = ctx->build_id->osec->offset + ctx->build_id->offset + 16;
    j.desc_len = MIN(ctx->build_id->size - 16, sizeof(desc));
  }
  if (ctx->build_id && !hashed) {
    finish_build_id(ctx, NULL, 0, desc, j.desc_len);
    j.desc = desc;
  }
  j.leaf = ctx->opt.build_id == BUILD_ID_SHA256 ? LEAF_SHA256 : LEAF_SHA1;
  if (hashed) {
    /* a leaf names its chunk's place too: holes count in the build-id */
    j.digests = calloc(nchunks, j.leaf);
    if (!j.digests) fatal(ctx, "out of memory");
    for (size_t c = 0; c < nchunks; c++) {
      wr64(j.digests + j.leaf * c, start[c]);
      wr64(j.digests + j.leaf * c + 8, end[c] - start[c]);
    }
  }
  j.fast_leaves = ctx->opt.build_id == BUILD_ID_DEFAULT || ctx->opt.build_id == BUILD_ID_FAST;
  if (hashed && sequential) {
    /* no going back on a pipe: hash first, then write with the id in place */
    j.fd = -1;
    file_pass(ctx, &j, nchunks);
    finish_build_id(ctx, j.digests, j.leaf * nchunks, desc, j.desc_len);
    j.desc = desc;
    free(j.digests);
    j.digests = NULL;
    j.fd = fd;
  }
  file_pass(ctx, &j, nchunks);
  timer_pass(ctx, "write: build-id");
  if (j.digests) {
    finish_build_id(ctx, j.digests, j.leaf * nchunks, desc, j.desc_len);
    if (pwrite(fd, desc, j.desc_len, (off_t)j.desc_off) != (ssize_t)j.desc_len)
      fatal(ctx, "cannot write output file %s: %s", ctx->opt.output, strerror(errno));
  }
  for (int t = 0; t < ctx->nthreads; t++) free(j.bufs[t]);
  free(j.bufs);
  free(j.caps);
  free(j.digests);
  free(first);
  free(start);
  free(end);
}

#define MBLOCK 4096

typedef struct {
  OutputSection *o;
  size_t first, end;  /* members [first, end) */
  size_t count, at;   /* pieces they make, and where they go */
} MemberBlock;

typedef struct {
  MemberBlock *b;
  size_t n, cap;
  Piece *pieces;
} MemberBlocks;

static bool has_contents(InputSection *is) { return is->type != SHT_NOBITS && is->size != 0; }

/* the pieces a member makes: one, or its non-empty parts */
static size_t member_pieces(InputSection *is) {
  if (!has_contents(is)) return 0;
  Synthetic *y = synthetic_of(is);
  if (!y || !y->nparts) return 1;
  size_t n = 0;
  for (uint32_t k = 0; k < y->nparts; k++) n += y->part_off[k + 1] > y->part_off[k];
  return n;
}

static void count_block(Ctx *ctx, void *arg, size_t i) {
  MemberBlock *b = &((MemberBlocks *)arg)->b[i];
  for (size_t k = b->first; k < b->end; k++) b->count += member_pieces(b->o->members.data[k]);
}

static void fill_block(Ctx *ctx, void *arg, size_t i) {
  MemberBlocks *mb = arg;
  MemberBlock *b = &mb->b[i];
  Piece *p = mb->pieces + b->at;
  for (size_t k = b->first; k < b->end; k++) {
    InputSection *is = b->o->members.data[k];
    if (!has_contents(is)) continue;
    Synthetic *y = synthetic_of(is);
    for (uint32_t part = 0; y && part < y->nparts; part++) {
      if (y->part_off[part + 1] == y->part_off[part]) continue;
      p->off = b->o->offset + is->offset + y->part_off[part];
      p->size = y->part_off[part + 1] - y->part_off[part];
      p->kind = P_PART;
      p->part = part;
      p->u.is = is;
      p++;
    }
    if (y && y->nparts) continue;
    p->off = b->o->offset + is->offset;
    p->size = is->size;
    p->kind = P_SECTION;
    p->u.is = is;
    p++;
  }
}

static bool same_file(const char *a, struct stat *sb) {
  struct stat sa;
  return stat(a, &sa) == 0 && sa.st_dev == sb->st_dev && sa.st_ino == sb->st_ino;
}

/* Where the tables after the image go: .symtab, .strtab, .shstrtab and
 * the section header table (number_sections fills it in). */
typedef struct {
  uint32_t symtab_idx, strtab_idx, shstrtab_idx;
  uint64_t symtab_off, symtab_size, strtab_off, shstr_off, shstr_size;
} Tables;

/* An existing output that is a directory, or that is one of the inputs,
 * is refused before anything is written. */
static void check_output_path(Ctx *ctx) {
  const char *out = ctx->opt.output;
  struct stat ost;
  if (stat(out, &ost) != 0) return;
  if (S_ISDIR(ost.st_mode)) fatal(ctx, "cannot write output %s: it is a directory", out);
  for (size_t i = 0; i < ctx->mapped.len; i++) {
    MappedFile *mf = ctx->mapped.data[i];
    if (same_file(mf->path, &ost)) fatal(ctx, "output file %s is also an input (%s); refusing to overwrite it", out, mf->path);
  }
}

/* Section header indices, then the tables' offsets after the image; sets
 * the final file size. */
static void number_sections(Ctx *ctx, Tables *t) {
  bool strip = ctx->opt.strip_all;
  uint32_t shn = 1;
  t->shstr_size = 1;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    o->shndx = shn++;
    t->shstr_size += strlen(o->name) + 1;
  }
  if (!strip) {
    t->symtab_idx = shn++;
    t->strtab_idx = shn++;
    t->shstr_size += strlen(".symtab") + 1 + strlen(".strtab") + 1;
  }
  t->shstrtab_idx = shn++;
  t->shstr_size += strlen(".shstrtab") + 1;
  ctx->nshdrs = shn;
  if (shn >= SHN_LORESERVE) fatal(ctx, "too many output sections (%u)", shn);
  uint64_t off = ctx->file_size;
  if (!strip) {
    off = align_to(off, 8);
    t->symtab_off = off;
    t->symtab_size = ctx->symtab_count_out * sizeof(Elf64_Sym);
    off += t->symtab_size;
    t->strtab_off = off;
    off += ctx->strtab_size;
  }
  t->shstr_off = off;
  off += t->shstr_size;
  off = align_to(off, 8);
  ctx->shdr_off = off;
  off += (uint64_t)shn * sizeof(Elf64_Shdr);
  ctx->file_size = off;
}

/* The temporary file next to the output, named after it (cut so that the
 * name stays within NAME_MAX), at its final size.  An existing output that
 * is not a regular file (/dev/null, a FIFO) is written in place (*direct):
 * there is nothing to replace atomically. */
static int open_output(Ctx *ctx, bool *direct) {
  const char *out = ctx->opt.output;
  struct stat ost;
  *direct = stat(out, &ost) == 0 && !S_ISREG(ost.st_mode);
  if (*direct) {
    int fd = open(out, O_WRONLY | O_CLOEXEC);
    if (fd < 0) fatal(ctx, "cannot open output file %s: %s", out, strerror(errno));
    return fd;
  }
  const char *slash = strrchr(out, '/');
  size_t dirlen = slash ? (size_t)(slash - out) + 1 : 0;
  size_t baselen = MIN(strlen(out + dirlen), (size_t)200);
  if (dirlen + baselen + 16 >= sizeof(temp_path)) fatal(ctx, "output path is too long: %s", out);
  char tmpl[4096];
  snprintf(tmpl, sizeof(tmpl), "%.*s%.*s.weld-XXXXXX", (int)dirlen, out, (int)baselen, out + dirlen);
  int fd = mkstemp(tmpl);
  if (fd < 0) fatal(ctx, "cannot create output file %s: %s", out, strerror(errno));
  memcpy(temp_path, tmpl, strlen(tmpl) + 1);
  if (ftruncate(fd, (off_t)ctx->file_size) < 0)
    fatal(ctx, "cannot write output file %s (%llu bytes): %s", out, (unsigned long long)ctx->file_size, strerror(errno));
  return fd;
}

/* GNU ld marks an output whose symbol tables hold an IFUNC or a
 * STB_GNU_UNIQUE symbol with the GNU OS/ABI (tools then know those
 * values); the global ones decide it here. */
static bool uses_gnu_osabi(Ctx *ctx) {
  Vec *tabs[] = {&ctx->out_globals, &ctx->dynsyms};
  for (size_t t = 0; t < ARRAY_SIZE(tabs); t++)
    for (size_t i = 0; i < tabs[t]->len; i++) {
      Symbol *s = tabs[t]->data[i];
      if (sym_is_defined(s) && (s->type == STT_GNU_IFUNC || s->bind == STB_GNU_UNIQUE)) return true;
    }
  return false;
}

/* The ELF header and the program headers, as one buffer (returned, to be
 * freed after writing). */
static uint8_t *header_pieces(Ctx *ctx, Pieces *pv, const Tables *t) {
  uint64_t hdr_size = ctx->phdr_off + sizeof(Elf64_Phdr) * (uint64_t)ctx->nphdrs;
  uint8_t *hdr = calloc(1, hdr_size);
  if (!hdr) fatal(ctx, "out of memory");
  Elf64_Ehdr eh = {0};
  memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  eh.e_ident[EI_OSABI] = uses_gnu_osabi(ctx) ? ELFOSABI_GNU : ELFOSABI_NONE;
  /* a PIE given a base by -Ttext-segment is ET_EXEC, as GNU ld writes it:
   * it is loaded at that address */
  eh.e_type = ctx->opt.pic && !ctx->opt.fixed_pie ? ET_DYN : ET_EXEC;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_entry = ctx->entry_addr;
  eh.e_phoff = ctx->phdr_off;
  eh.e_shoff = ctx->shdr_off;
  eh.e_ehsize = sizeof(Elf64_Ehdr);
  eh.e_phentsize = sizeof(Elf64_Phdr);
  eh.e_phnum = (uint16_t)ctx->nphdrs;
  eh.e_shentsize = sizeof(Elf64_Shdr);
  eh.e_shnum = (uint16_t)ctx->nshdrs;
  eh.e_shstrndx = (uint16_t)t->shstrtab_idx;
  memcpy(hdr, &eh, sizeof(eh));
  for (int i = 0; i < ctx->nphdrs; i++) {
    Segment *s = &ctx->phdrs[i];
    Elf64_Phdr p = {s->type, s->flags, s->offset, s->vaddr, s->vaddr, s->filesz, s->memsz, s->align};
    memcpy(hdr + ctx->phdr_off + sizeof(Elf64_Phdr) * (uint64_t)i, &p, sizeof(p));
  }
  add_slices(ctx, pv, 0, hdr, hdr_size);
  return hdr;
}

/* One piece per output section member with contents: blocks of members
 * counted, then filled, in parallel. */
static void section_pieces(Ctx *ctx, Pieces *pv) {
  MemberBlocks mb = {0};
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    for (size_t k = 0; k < o->members.len; k += MBLOCK) {
      if (mb.n == mb.cap) {
        mb.cap = mb.cap ? 2 * mb.cap : 64;
        mb.b = realloc(mb.b, mb.cap * sizeof(*mb.b));
        if (!mb.b) fatal(ctx, "out of memory");
      }
      mb.b[mb.n++] = (MemberBlock){o, k, MIN(k + MBLOCK, o->members.len), 0, 0};
    }
  }
  par_for(ctx, mb.n, 1, count_block, &mb);
  for (size_t i = 0; i < mb.n; i++) {
    mb.b[i].at = pv->len;
    pv->len += mb.b[i].count;
  }
  if (pv->len > pv->cap) BUG("piece array too small (%zu > %zu)", pv->len, pv->cap);
  mb.pieces = pv->data;
  par_for(ctx, mb.n, 1, fill_block, &mb);
  free(mb.b);
}

/* .symtab, then .strtab: each file's locals, then blocks of globals, in
 * file order.  Returns the buffer of the null symbol and the leading NUL. */
static uint8_t *symtab_pieces(Ctx *ctx, Pieces *pv, const Tables *t) {
  Elf64_Sym *null_sym = calloc(1, sizeof(Elf64_Sym) + 1); /* entry 0, then strtab's leading NUL */
  if (!null_sym) fatal(ctx, "out of memory");
  size_t ng = ctx->out_globals.len;
  for (int pass = 0; pass < 2; pass++) {
    bool syms = pass == 0;
    if (syms) add_piece(ctx, pv, t->symtab_off, sizeof(Elf64_Sym), P_COPY)->u.src = (const uint8_t *)null_sym;
    else add_piece(ctx, pv, t->strtab_off, 1, P_COPY)->u.src = (const uint8_t *)null_sym + sizeof(Elf64_Sym);
    for (size_t i = 0; i < ctx->files.len; i++) {
      InputFile *f = ctx->files.data[i];
      if (!f->nlocal_out) continue;
      if (syms)
        add_piece(ctx, pv, t->symtab_off + sizeof(Elf64_Sym) * f->symtab_local_index, sizeof(Elf64_Sym) * f->nlocal_out,
                  P_LOCAL_SYMS)->u.file = f;
      else
        add_piece(ctx, pv, t->strtab_off + f->strtab_local_off, f->nlocal_strsize, P_LOCAL_STRS)->u.file = f;
    }
    for (uint64_t b = 0; b * GBLOCK < ng; b++) {
      uint64_t first = b * GBLOCK, end = MIN(first + GBLOCK, (uint64_t)ng);
      uint64_t str_end = (b + 1) * GBLOCK < ng ? ctx->gblock_stroff[b + 1] : ctx->strtab_size;
      if (syms)
        add_piece(ctx, pv, t->symtab_off + sizeof(Elf64_Sym) * (ctx->symtab_nlocal + first),
                  sizeof(Elf64_Sym) * (end - first), P_GLOBAL_SYMS)->u.block = b;
      else
        add_piece(ctx, pv, t->strtab_off + ctx->gblock_stroff[b], str_end - ctx->gblock_stroff[b], P_GLOBAL_STRS)->u.block = b;
    }
  }
  return (uint8_t *)null_sym;
}

static void put_shdr(uint8_t *shstr, uint64_t *so, Elf64_Shdr *h, Elf64_Shdr *at, const char *name) {
  h->sh_name = (uint32_t)*so;
  memcpy(shstr + *so, name, strlen(name) + 1);
  *so += strlen(name) + 1;
  memcpy(at, h, sizeof(*h));
}

/* .shstrtab and the section header table, as one buffer (returned). */
static uint8_t *shdr_pieces(Ctx *ctx, Pieces *pv, const Tables *t) {
  uint64_t tail_size = ctx->file_size - t->shstr_off;
  uint8_t *tail = calloc(1, tail_size), *shstr = tail;
  if (!tail) fatal(ctx, "out of memory");
  uint64_t so = 1;
  Elf64_Shdr *sh = (Elf64_Shdr *)(tail + (ctx->shdr_off - t->shstr_off));
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    Elf64_Shdr h = {0};
    h.sh_type = o->type;
    h.sh_flags = o->flags;
    h.sh_addr = o->addr;
    h.sh_offset = o->offset;
    h.sh_size = o->size;
    h.sh_addralign = 1ULL << o->p2align;
    h.sh_entsize = o->entsize;
    if (o->syn) {
      Synthetic *y = o->syn;
      h.sh_link = y->link_symtab ? t->symtab_idx : y->link ? y->link->osec->shndx : 0;
      h.sh_info = y->info ? y->info->osec->shndx : y->info_count;
      if (y->info) h.sh_flags |= SHF_INFO_LINK;
    }
    put_shdr(shstr, &so, &h, &sh[o->shndx], o->name);
  }
  if (!ctx->opt.strip_all) {
    Elf64_Shdr h = {.sh_type = SHT_SYMTAB, .sh_offset = t->symtab_off, .sh_size = t->symtab_size,
                    .sh_link = t->strtab_idx, .sh_info = (uint32_t)ctx->symtab_nlocal, .sh_addralign = 8,
                    .sh_entsize = sizeof(Elf64_Sym)};
    put_shdr(shstr, &so, &h, &sh[t->symtab_idx], ".symtab");
    Elf64_Shdr s2 = {.sh_type = SHT_STRTAB, .sh_offset = t->strtab_off, .sh_size = ctx->strtab_size, .sh_addralign = 1};
    put_shdr(shstr, &so, &s2, &sh[t->strtab_idx], ".strtab");
  }
  Elf64_Shdr h = {.sh_type = SHT_STRTAB, .sh_offset = t->shstr_off, .sh_size = t->shstr_size, .sh_addralign = 1};
  put_shdr(shstr, &so, &h, &sh[t->shstrtab_idx], ".shstrtab");
  add_slices(ctx, pv, t->shstr_off, tail, tail_size);
  return tail;
}

/* The finished temporary file becomes the output, with the mode GNU ld
 * gives it. */
static void install_output(Ctx *ctx, int fd, bool direct) {
  const char *out = ctx->opt.output;
  if (!direct) {
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0777 & ~mask) < 0) fatal(ctx, "cannot set the mode of %s: %s", out, strerror(errno));
  }
  if (close(fd) < 0) fatal(ctx, "cannot write output file %s: %s", out, strerror(errno));
  if (direct) return;
  if (rename(temp_path, out) < 0) fatal(ctx, "cannot rename %s to %s: %s", temp_path, out, strerror(errno));
  temp_path[0] = 0;
}

void write_output(Ctx *ctx) {
  check_output_path(ctx);
  Tables t = {0};
  number_sections(ctx, &t);
  bool direct;
  int fd = open_output(ctx, &direct);
  /* the pieces array is sized once */
  Pieces pv = {0};
  pv.cap = 64 + 2 * ctx->files.len + 2 * (ctx->out_globals.len / GBLOCK + 1) + (ctx->file_size >> 20);
  for (size_t i = 0; i < ctx->osecs.len; i++) pv.cap += ((OutputSection *)ctx->osecs.data[i])->members.len;
  for (size_t i = 0; i < ctx->synthetics.len; i++) pv.cap += ((InputSection *)ctx->synthetics.data[i])->syn->nparts;
  pv.data = malloc(pv.cap * sizeof(Piece));
  if (!pv.data) fatal(ctx, "out of memory");
  uint8_t *hdr = header_pieces(ctx, &pv, &t);
  section_pieces(ctx, &pv);
  uint8_t *symbuf = ctx->opt.strip_all ? NULL : symtab_pieces(ctx, &pv, &t);
  uint8_t *tail = shdr_pieces(ctx, &pv, &t);

  timer_pass(ctx, "write: sections");
  write_file(ctx, fd, direct, &pv);
  free(pv.data);
  free(hdr);
  free(symbuf);
  free(tail);

  timer_pass(ctx, "write: file");
  install_output(ctx, fd, direct);
}
