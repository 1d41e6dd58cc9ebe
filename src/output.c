/*
 * output.c - write the executable: create a temporary file next to the
 * output, size it, map it, copy and relocate every section in parallel,
 * write the headers, .symtab, .strtab and .shstrtab, compute the build-id
 * over the finished image, and rename the file into place.
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

static bool local_wanted(InputFile *f, uint32_t i) {
  const ElfSym *es = &f->esyms[i];
  int type = ELF64_ST_TYPE(es->st_info);
  if (type == STT_SECTION || es->st_name == 0) return false;
  const char *name = esym_name(f, i);
  if (!name[0]) return false;
  if (type == STT_FILE) return true;
  uint32_t shndx = esym_shndx(f, i);
  if (shndx == SHN_UNDEF) return false;
  if (shndx == XSHN_ABS) return true;
  if (shndx >= f->nsections) return false;
  InputSection *is = f->sections[shndx];
  if (!is || !atomic_load(&is->alive)) return false;
  if (!(is->flags & SHF_ALLOC)) return false;
  if (is->is_ehframe) return false;
  /* assembler temporaries */
  if (name[0] == '.' && name[1] == 'L') return false;
  return true;
}

static bool global_wanted(Symbol *s) {
  if (s->synthetic) return s->referenced || s->visibility != STV_HIDDEN;
  if (!sym_is_defined(s)) return s->referenced; /* undefined weak */
  if (!s->file || !s->file->alive) return false;
  if (s->isec && !atomic_load(&s->isec->alive)) return false;
  return true;
}

void build_symtab(Ctx *ctx) {
  ctx->symtab_nlocal = 1;
  ctx->strtab_size = 1;
  if (ctx->opt.strip_all) return;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    f->symtab_local_index = ctx->symtab_nlocal;
    f->strtab_local_off = ctx->strtab_size;
    uint64_t n = 0, sz = 0;
    for (uint32_t k = 1; k < f->first_global; k++)
      if (local_wanted(f, k)) {
        n++;
        sz += strlen(esym_name(f, k)) + 1;
      }
    f->nlocal_out = n;
    f->nlocal_strsize = sz;
    ctx->symtab_nlocal += n;
    ctx->strtab_size += sz;
  }
  for (uint64_t i = 0; i < ctx->syms_len; i++) {
    Symbol *s = ctx->syms_list[i];
    if (!global_wanted(s)) continue;
    vec_push(&ctx->out_globals, s);
    ctx->strtab_size += strlen(s->name) + 1;
  }
  ctx->symtab_count_out = ctx->symtab_nlocal + ctx->out_globals.len;
}

static uint16_t shndx_of(Ctx *ctx, InputSection *is) {
  (void)ctx;
  if (is->merged && is->file) is = is->merged->isec;
  if (!is->osec) return SHN_ABS;
  return (uint16_t)is->osec->shndx;
}

static void write_symtab(Ctx *ctx, uint8_t *symtab, uint8_t *strtab) {
  Elf64_Sym *out = (Elf64_Sym *)symtab;
  memset(&out[0], 0, sizeof(Elf64_Sym));
  strtab[0] = 0;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    uint64_t idx = f->symtab_local_index, so = f->strtab_local_off;
    for (uint32_t k = 1; k < f->first_global; k++) {
      if (!local_wanted(f, k)) continue;
      const ElfSym *es = &f->esyms[k];
      const char *name = esym_name(f, k);
      size_t len = strlen(name) + 1;
      memcpy(strtab + so, name, len);
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
        o.st_value = sym_real_addr(ctx, s);
      }
      memcpy(&out[idx++], &o, sizeof(o));
      so += len;
    }
  }
  uint64_t idx = ctx->symtab_nlocal;
  uint64_t so = 1;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    so += f->nlocal_strsize;
  }
  for (size_t i = 0; i < ctx->out_globals.len; i++) {
    Symbol *s = ctx->out_globals.data[i];
    size_t len = strlen(s->name) + 1;
    memcpy(strtab + so, s->name, len);
    Elf64_Sym o = {0};
    o.st_name = (uint32_t)so;
    int bind = s->bind == STB_GNU_UNIQUE ? STB_GLOBAL : s->bind;
    int vis = s->visibility;
    if (!sym_is_defined(s)) {
      o.st_info = ELF64_ST_INFO(STB_WEAK, s->type);
      o.st_shndx = SHN_UNDEF;
    } else if (s->synthetic) {
      o.st_info = ELF64_ST_INFO(vis == STV_HIDDEN ? STB_LOCAL : STB_GLOBAL, STT_NOTYPE);
      o.st_shndx = SHN_ABS;
      o.st_value = s->value;
      vis = STV_DEFAULT;
      if (ELF64_ST_BIND(o.st_info) == STB_LOCAL) o.st_info = ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE);
    } else {
      o.st_info = ELF64_ST_INFO(bind, s->type);
      o.st_size = s->size;
      if (s->isec) {
        o.st_shndx = shndx_of(ctx, s->isec);
        o.st_value = sym_real_addr(ctx, s);
      } else {
        o.st_shndx = SHN_ABS;
        o.st_value = s->value;
      }
    }
    o.st_other = (uint8_t)vis;
    memcpy(&out[idx++], &o, sizeof(o));
    so += len;
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
  case BUILD_ID_SHA1: n = 20; break;
  case BUILD_ID_MD5: n = 16; break;
  case BUILD_ID_FAST: n = 8; break;
  case BUILD_ID_UUID: n = 16; break;
  case BUILD_ID_HEX: n = ctx->opt.build_id_hex_len; break;
  default: return;
  }
  InputSection *is = NEW(ctx, InputSection);
  is->name = ".note.gnu.build-id";
  is->type = SHT_NOTE;
  is->flags = SHF_ALLOC;
  is->p2align = 2;
  is->size = 16 + align_to(n, 4);
  is->write_fn = write_build_id_note;
  atomic_init(&is->alive, true);
  ctx->build_id = is;
}

#define SHARD (1u << 20)

typedef struct {
  const uint8_t *image;
  uint64_t size;
  uint8_t *digests; /* 20 bytes per shard */
} ShardJob;

static void hash_shard(Ctx *ctx, void *arg, size_t i) {
  (void)ctx;
  ShardJob *j = arg;
  uint64_t off = (uint64_t)i * SHARD;
  uint64_t len = MIN((uint64_t)SHARD, j->size - off);
  Sha1 s;
  sha1_init(&s);
  sha1_update(&s, j->image + off, len);
  sha1_final(&s, j->digests + 20 * i);
}

static void compute_build_id(Ctx *ctx, uint8_t *image) {
  InputSection *is = ctx->build_id;
  uint8_t *desc = image + is->osec->offset + is->offset + 16;
  size_t n = is->size - 16;
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
  default:
    break;
  }
  /* hash fixed-size shards in parallel, then the list of shard digests:
   * the result does not depend on the thread count */
  size_t nshards = (size_t)((ctx->file_size + SHARD - 1) / SHARD);
  ShardJob j = {image, ctx->file_size, malloc(20 * (nshards + 1))};
  par_for(ctx, nshards, 1, hash_shard, &j);
  uint8_t out[20];
  if (ctx->opt.build_id == BUILD_ID_MD5) {
    Md5 m;
    md5_init(&m);
    md5_update(&m, j.digests, 20 * nshards);
    uint8_t d[16];
    md5_final(&m, d);
    memcpy(desc, d, MIN(n, 16));
  } else {
    Sha1 s;
    sha1_init(&s);
    sha1_update(&s, j.digests, 20 * nshards);
    sha1_final(&s, out);
    memcpy(desc, out, MIN(n, 20));
  }
  free(j.digests);
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

static void write_member(Ctx *ctx, void *arg, size_t i) {
  InputSection **list = arg;
  InputSection *is = list[i];
  if (is->type == SHT_NOBITS || is->size == 0) return;
  uint8_t *buf = ctx->out_buf;
  uint8_t *p = buf + is->osec->offset + is->offset;
  if (is->write_fn) {
    is->write_fn(ctx, is, p);
    return;
  }
  if (is->is_ehframe && is->rec_in) {
    write_ehframe(ctx, is, p);
    return;
  }
  memcpy(p, is->data, is->size);
  if (is->nrels) apply_relocs(ctx, is, p);
}

/* --------------------------------------------------------- the file */

#define WRITE_CHUNK (4u << 20)

typedef struct {
  int fd;
  const uint8_t *buf;
  uint64_t size;
  atomic_int err;
} WriteJob;

typedef struct {
  uint8_t *buf;
  uint64_t size;
  atomic_int err;
} PopJob;

/* Faults in one chunk of the output mapping for writing.  ENOSPC and EFBIG
 * surface here as an error instead of a SIGBUS during the copy. */
static void populate_chunk(Ctx *ctx, void *arg, size_t i) {
  (void)ctx;
  PopJob *j = arg;
  uint64_t off = (uint64_t)i * WRITE_CHUNK, len = MIN((uint64_t)WRITE_CHUNK, j->size - off);
  if (madvise(j->buf + off, len, MADV_POPULATE_WRITE) < 0 && errno != EINVAL) {
    int zero = 0;
    atomic_compare_exchange_strong(&j->err, &zero, errno == EFAULT ? ENOSPC : errno);
  }
}

static void write_chunk(Ctx *ctx, void *arg, size_t i) {
  (void)ctx;
  WriteJob *j = arg;
  uint64_t off = (uint64_t)i * WRITE_CHUNK, end = MIN(off + WRITE_CHUNK, j->size);
  while (off < end && !atomic_load(&j->err)) {
    ssize_t n = pwrite(j->fd, j->buf + off, (size_t)(end - off), (off_t)off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int zero = 0;
      atomic_compare_exchange_strong(&j->err, &zero, n < 0 ? errno : EIO);
      return;
    }
    off += (uint64_t)n;
  }
}

static bool same_file(const char *a, struct stat *sb) {
  struct stat sa;
  return stat(a, &sa) == 0 && sa.st_dev == sb->st_dev && sa.st_ino == sb->st_ino;
}

void write_output(Ctx *ctx) {
  const char *out = ctx->opt.output;
  struct stat ost;
  if (stat(out, &ost) == 0) {
    if (S_ISDIR(ost.st_mode)) fatal(ctx, "cannot write output %s: it is a directory", out);
    for (size_t i = 0; i < ctx->mapped.len; i++) {
      MappedFile *mf = ctx->mapped.data[i];
      if (same_file(mf->path, &ost))
        fatal(ctx, "output file %s is also an input (%s); refusing to overwrite it", out, mf->path);
    }
  }

  /* section header indices and string tables */
  bool strip = ctx->opt.strip_all;
  uint32_t shn = 1;
  uint64_t shstr_size = 1;
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    o->shndx = shn++;
    shstr_size += strlen(o->name) + 1;
  }
  uint32_t symtab_idx = 0, strtab_idx = 0;
  if (!strip) {
    symtab_idx = shn++;
    strtab_idx = shn++;
    shstr_size += strlen(".symtab") + 1 + strlen(".strtab") + 1;
  }
  uint32_t shstrtab_idx = shn++;
  shstr_size += strlen(".shstrtab") + 1;
  ctx->nshdrs = shn;
  if (shn >= SHN_LORESERVE) fatal(ctx, "too many output sections (%u)", shn);

  uint64_t off = ctx->file_size;
  uint64_t symtab_off = 0, symtab_size = 0, strtab_off = 0;
  if (!strip) {
    off = align_to(off, 8);
    symtab_off = off;
    symtab_size = ctx->symtab_count_out * sizeof(Elf64_Sym);
    off += symtab_size;
    strtab_off = off;
    off += ctx->strtab_size;
  }
  uint64_t shstr_off = off;
  off += shstr_size;
  off = align_to(off, 8);
  ctx->shdr_off = off;
  off += (uint64_t)shn * sizeof(Elf64_Shdr);
  ctx->file_size = off;

  /* Create the temporary file next to the output, named after it (cut so
   * that the name stays within NAME_MAX).  An existing output that is not a
   * regular file (/dev/null, a FIFO) is written in place: there is nothing
   * to replace atomically. */
  bool direct = stat(out, &ost) == 0 && !S_ISREG(ost.st_mode);
  int fd;
  if (direct) {
    fd = open(out, O_WRONLY | O_CLOEXEC);
    if (fd < 0) fatal(ctx, "cannot open output file %s: %s", out, strerror(errno));
  } else {
    const char *slash = strrchr(out, '/');
    size_t dirlen = slash ? (size_t)(slash - out) + 1 : 0;
    size_t baselen = MIN(strlen(out + dirlen), (size_t)200);
    if (dirlen + baselen + 16 >= sizeof(temp_path)) fatal(ctx, "output path is too long: %s", out);
    char tmpl[4096];
    snprintf(tmpl, sizeof(tmpl), "%.*s%.*s.weld-XXXXXX", (int)dirlen, out, (int)baselen, out + dirlen);
    fd = mkstemp(tmpl);
    if (fd < 0) fatal(ctx, "cannot create output file %s: %s", out, strerror(errno));
    memcpy(temp_path, tmpl, strlen(tmpl) + 1);
  }
  /* The image is written through a shared mapping of the file, sized with
   * ftruncate (no fallocate: faulting in a hole costs less than converting
   * an unwritten extent).  Its pages are faulted in by both threads at once
   * (MADV_POPULATE_WRITE) instead of one trap per 4 KiB page during the copy. */
  uint8_t *buf = MAP_FAILED;
  if (!direct && ftruncate(fd, (off_t)ctx->file_size) == 0)
    buf = mmap(NULL, ctx->file_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  bool mapped_file = buf != MAP_FAILED;
  if (!mapped_file) {
    buf = mmap(NULL, ctx->file_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (buf == MAP_FAILED)
      fatal(ctx, "cannot allocate %llu bytes for output file %s: %s", (unsigned long long)ctx->file_size, out,
            strerror(errno));
    madvise(buf, ctx->file_size, MADV_HUGEPAGE);
  } else {
    PopJob pj = {.buf = buf, .size = ctx->file_size};
    atomic_init(&pj.err, 0);
    par_for(ctx, (size_t)((ctx->file_size + WRITE_CHUNK - 1) / WRITE_CHUNK), 1, populate_chunk, &pj);
    int perr = atomic_load(&pj.err);
    if (perr)
      fatal(ctx, "cannot write output file %s (%llu bytes): %s", out, (unsigned long long)ctx->file_size, strerror(perr));
  }

  /* ELF header */
  Elf64_Ehdr eh = {0};
  memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
  eh.e_type = ET_EXEC;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_entry = ctx->entry_addr;
  eh.e_phoff = ctx->phdr_off;
  eh.e_shoff = ctx->shdr_off;
  eh.e_ehsize = sizeof(Elf64_Ehdr);
  eh.e_phentsize = sizeof(Elf64_Phdr);
  eh.e_phnum = (uint16_t)ctx->nphdrs;
  eh.e_shentsize = sizeof(Elf64_Shdr);
  eh.e_shnum = (uint16_t)shn;
  eh.e_shstrndx = (uint16_t)shstrtab_idx;
  memcpy(buf, &eh, sizeof(eh));
  for (int i = 0; i < ctx->nphdrs; i++) {
    Segment *s = &ctx->phdrs[i];
    Elf64_Phdr p = {s->type, s->flags, s->offset, s->vaddr, s->vaddr, s->filesz, s->memsz, s->align};
    memcpy(buf + ctx->phdr_off + sizeof(Elf64_Phdr) * (uint64_t)i, &p, sizeof(p));
  }

  /* section contents, in parallel */
  Vec all = {0};
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    for (size_t k = 0; k < o->members.len; k++) vec_push(&all, o->members.data[k]);
  }
  ctx->out_buf = buf;
  timer_pass(ctx, "write: sections");
  par_for(ctx, all.len, 32, write_member, all.data);
  vec_free(&all);

  /* symbol table */
  timer_pass(ctx, "write: symtab");
  if (!strip) write_symtab(ctx, buf + symtab_off, buf + strtab_off);

  /* section headers and their names */
  uint8_t *shstr = buf + shstr_off;
  uint64_t so = 1;
  Elf64_Shdr *sh = (Elf64_Shdr *)(buf + ctx->shdr_off);
  memset(&sh[0], 0, sizeof(Elf64_Shdr));
  for (size_t i = 0; i < ctx->osecs.len; i++) {
    OutputSection *o = ctx->osecs.data[i];
    Elf64_Shdr h = {0};
    h.sh_name = (uint32_t)so;
    memcpy(shstr + so, o->name, strlen(o->name) + 1);
    so += strlen(o->name) + 1;
    h.sh_type = o->type;
    h.sh_flags = o->flags;
    h.sh_addr = o->addr;
    h.sh_offset = o->offset;
    h.sh_size = o->size;
    h.sh_addralign = 1ULL << o->p2align;
    h.sh_entsize = o->entsize;
    if (ctx->rela_iplt && o == ctx->rela_iplt->osec) {
      h.sh_flags |= SHF_INFO_LINK;
      h.sh_link = symtab_idx;
      h.sh_info = ctx->gotplt->osec->shndx;
    }
    memcpy(&sh[o->shndx], &h, sizeof(h));
  }
  if (!strip) {
    Elf64_Shdr h = {0};
    h.sh_name = (uint32_t)so;
    memcpy(shstr + so, ".symtab", 8);
    so += 8;
    h.sh_type = SHT_SYMTAB;
    h.sh_offset = symtab_off;
    h.sh_size = symtab_size;
    h.sh_link = strtab_idx;
    h.sh_info = (uint32_t)ctx->symtab_nlocal;
    h.sh_addralign = 8;
    h.sh_entsize = sizeof(Elf64_Sym);
    memcpy(&sh[symtab_idx], &h, sizeof(h));
    memset(&h, 0, sizeof(h));
    h.sh_name = (uint32_t)so;
    memcpy(shstr + so, ".strtab", 8);
    so += 8;
    h.sh_type = SHT_STRTAB;
    h.sh_offset = strtab_off;
    h.sh_size = ctx->strtab_size;
    h.sh_addralign = 1;
    memcpy(&sh[strtab_idx], &h, sizeof(h));
  }
  Elf64_Shdr h = {0};
  h.sh_name = (uint32_t)so;
  memcpy(shstr + so, ".shstrtab", 10);
  h.sh_type = SHT_STRTAB;
  h.sh_offset = shstr_off;
  h.sh_size = shstr_size;
  h.sh_addralign = 1;
  memcpy(&sh[shstrtab_idx], &h, sizeof(h));

  checkpoint(ctx); /* relocation errors found while writing */

  timer_pass(ctx, "write: build-id");
  if (ctx->build_id) compute_build_id(ctx, buf);

  timer_pass(ctx, "write: file");
  if (!mapped_file) {
    WriteJob wj = {.fd = fd, .buf = buf, .size = ctx->file_size};
    atomic_init(&wj.err, 0);
    par_for(ctx, (size_t)((ctx->file_size + WRITE_CHUNK - 1) / WRITE_CHUNK), 1, write_chunk, &wj);
    int werr = atomic_load(&wj.err);
    if (werr)
      fatal(ctx, "cannot write output file %s (%llu bytes): %s", out, (unsigned long long)ctx->file_size,
            strerror(werr));
  }
  munmap(buf, ctx->file_size);
  if (direct) {
    if (close(fd) < 0) fatal(ctx, "cannot write output file %s: %s", out, strerror(errno));
    return;
  }
  mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0777 & ~mask) < 0) fatal(ctx, "cannot set the mode of %s: %s", out, strerror(errno));
  if (close(fd) < 0) fatal(ctx, "cannot write output file %s: %s", out, strerror(errno));
  if (rename(temp_path, out) < 0) fatal(ctx, "cannot rename %s to %s: %s", temp_path, out, strerror(errno));
  temp_path[0] = 0;
}
