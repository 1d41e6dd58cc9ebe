/*
 * unit_util.h - helpers shared by weld's cmocka unit tests.
 *
 * Everything here is `static inline` so that each test program can include
 * it and use any subset without -Wunused-function / -Wmissing-prototypes.
 *
 *   - a Ctx with an arena (new_ctx)
 *   - read access to the buffered diagnostics (ctx->msgs)
 *   - a growable byte buffer
 *   - an in-memory ELF64 ET_REL builder (TbSpec -> TbObj)
 *   - an `ar` archive builder (regular and thin, "/" index, "//" names)
 *   - temporary directories and running code in a forked child
 */
#ifndef WELD_UNIT_UTIL_H
#define WELD_UNIT_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "weld.h"

#include <fcntl.h>
#include <signal.h>
#include <ftw.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------- context */

static inline Ctx *new_ctx(void) {
  Ctx *ctx = calloc(1, sizeof(Ctx));
  threads_start(ctx, 1);
  return ctx;
}

/* Same layout as util.c's Msg. */
typedef struct {
  uint64_t key, seq;
  char *text;
} TestMsg;

static inline const char *msg_at(Ctx *ctx, size_t i) { return ((TestMsg *)ctx->msgs.data[i])->text; }

static inline void dump_msgs(Ctx *ctx) {
  fprintf(stderr, "  (%zu buffered diagnostics, nerrors=%d)\n", ctx->msgs.len, atomic_load(&ctx->nerrors));
  for (size_t i = 0; i < ctx->msgs.len; i++) fprintf(stderr, "  | %s", msg_at(ctx, i));
}

/* True if one buffered message contains every non-NULL needle.  Prints the
 * diagnostics when not found so that a failing assertion explains itself. */
static inline bool has_msg(Ctx *ctx, const char *a, const char *b, const char *c) {
  for (size_t i = 0; i < ctx->msgs.len; i++) {
    const char *t = msg_at(ctx, i);
    if ((!a || strstr(t, a)) && (!b || strstr(t, b)) && (!c || strstr(t, c))) return true;
  }
  fprintf(stderr, "  no message contains [%s] [%s] [%s]\n", a ? a : "", b ? b : "", c ? c : "");
  dump_msgs(ctx);
  return false;
}

static inline int nerrors(Ctx *ctx) { return atomic_load(&ctx->nerrors); }

/* Newer weld validates local symbols and relocations in a second, parallel
 * step over ctx->files; weak so that the tests link with or without it. */
void parse_object_bodies(Ctx *ctx) __attribute__((weak));

/* parse_object() and, if it succeeds, the body step for that file.  The
 * file joins ctx->files (as add_object would do) only for the body step.
 * Returns NULL if either step reported an error. */
static inline InputFile *parse_full(Ctx *ctx, const char *path, const char *member, const uint8_t *data,
                                    size_t size, int priority) {
  int before = atomic_load(&ctx->nerrors);
  InputFile *f = parse_object(ctx, path, member, data, size, priority);
  if (!f) return NULL;
  if (parse_object_bodies) {
    Vec saved = ctx->files;
    memset(&ctx->files, 0, sizeof(ctx->files));
    vec_push(&ctx->files, f);
    parse_object_bodies(ctx);
    vec_free(&ctx->files);
    ctx->files = saved;
  }
  return atomic_load(&ctx->nerrors) > before ? NULL : f;
}

/* ---------------------------------------------------------------- bytes */

typedef struct {
  uint8_t *data;
  size_t len, cap;
} Buf;

static inline void buf_reserve(Buf *b, size_t n) {
  if (b->len + n <= b->cap) return;
  size_t c = b->cap ? b->cap : 256;
  while (c < b->len + n) c *= 2;
  b->data = realloc(b->data, c);
  memset(b->data + b->cap, 0, c - b->cap);
  b->cap = c;
}
static inline void buf_put(Buf *b, const void *p, size_t n) {
  buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
}
static inline void buf_zero(Buf *b, size_t n) {
  buf_reserve(b, n);
  memset(b->data + b->len, 0, n);
  b->len += n;
}
static inline void buf_align(Buf *b, size_t a) {
  while (b->len % a) buf_zero(b, 1);
}
static inline void buf_str(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

/* ------------------------------------------------------ ELF ET_REL builder */

#define TB_MAXSEC 24
#define TB_MAXSYM 32
#define TB_MAXREL 32
#define TB_SYMTAB 0xfffffff0u /* sh_link placeholder: the .symtab's index */

typedef struct {
  const char *name;
  uint32_t type;
  uint64_t flags;
  const void *data;
  uint64_t size;
  uint32_t link, info;
  uint64_t align, entsize;
} TbSec;

typedef struct {
  const char *name;
  uint8_t bind, type;
  uint32_t shndx;
  uint64_t value, size;
  bool xindex; /* store the index in SHT_SYMTAB_SHNDX, st_shndx = SHN_XINDEX */
} TbSym;

typedef struct {
  uint32_t sec;
  uint64_t off;
  uint32_t sym, type;
  int64_t addend;
} TbRel;

typedef struct {
  TbSec sec[TB_MAXSEC + 1]; /* [1..nsec] */
  uint32_t nsec;
  TbSym sym[TB_MAXSYM + 1]; /* [1..nsym] */
  uint32_t nsym;
  TbRel rel[TB_MAXREL];
  uint32_t nrel;
} TbSpec;

typedef struct {
  uint8_t *data;
  size_t size;
  uint32_t nsec, symtab, strtab, shstrtab, shndx_sec;
  uint32_t rela[TB_MAXSEC + 1]; /* rela section of user section i, or 0 */
} TbObj;

static inline uint32_t tb_sec(TbSpec *s, const char *name, uint32_t type, uint64_t flags, const void *data,
                              uint64_t size, uint64_t align) {
  assert_true(s->nsec < TB_MAXSEC);
  TbSec *x = &s->sec[++s->nsec];
  memset(x, 0, sizeof(*x));
  x->name = name;
  x->type = type;
  x->flags = flags;
  x->data = data;
  x->size = size;
  x->align = align;
  return s->nsec;
}

/* Symbols must be added locals first (as in a real symbol table). */
static inline uint32_t tb_sym(TbSpec *s, const char *name, uint8_t bind, uint8_t type, uint32_t shndx,
                              uint64_t value, uint64_t size) {
  assert_true(s->nsym < TB_MAXSYM);
  TbSym *y = &s->sym[++s->nsym];
  memset(y, 0, sizeof(*y));
  y->name = name;
  y->bind = bind;
  y->type = type;
  y->shndx = shndx;
  y->value = value;
  y->size = size;
  return s->nsym;
}

static inline void tb_rel(TbSpec *s, uint32_t sec, uint64_t off, uint32_t sym, uint32_t type, int64_t addend) {
  assert_true(s->nrel < TB_MAXREL);
  s->rel[s->nrel++] = (TbRel){sec, off, sym, type, addend};
}

static inline uint32_t tb_strtab_add(Buf *b, const char *s) {
  uint32_t off = (uint32_t)b->len;
  buf_put(b, s, strlen(s) + 1);
  return off;
}

static inline Elf64_Shdr *tb_shdr(TbObj *o, uint32_t i) {
  Elf64_Ehdr *eh = (Elf64_Ehdr *)o->data;
  return (Elf64_Shdr *)(o->data + eh->e_shoff) + i;
}
static inline Elf64_Ehdr *tb_ehdr(TbObj *o) { return (Elf64_Ehdr *)o->data; }
static inline Elf64_Sym *tb_esym(TbObj *o, uint32_t i) {
  return (Elf64_Sym *)(o->data + tb_shdr(o, o->symtab)->sh_offset) + i;
}
static inline Elf64_Rela *tb_erela(TbObj *o, uint32_t sec, uint32_t k) {
  return (Elf64_Rela *)(o->data + tb_shdr(o, o->rela[sec])->sh_offset) + k;
}

/* Lays out: ELF header, section contents, section header table. */
static inline TbObj tb_build(const TbSpec *s) {
  TbObj o;
  memset(&o, 0, sizeof(o));
  uint32_t n = s->nsec;
  uint32_t idx = n;
  bool xindex = false;
  for (uint32_t i = 1; i <= s->nsym; i++) xindex |= s->sym[i].xindex;
  for (uint32_t i = 1; i <= n; i++) {
    bool any = false;
    for (uint32_t k = 0; k < s->nrel; k++) any |= s->rel[k].sec == i;
    if (any) o.rela[i] = ++idx;
  }
  o.symtab = ++idx;
  o.strtab = ++idx;
  if (xindex) o.shndx_sec = ++idx;
  o.shstrtab = ++idx;
  o.nsec = idx + 1;

  Elf64_Shdr *sh = calloc(o.nsec, sizeof(Elf64_Shdr));
  Buf shstr = {0}, str = {0}, out = {0};
  buf_zero(&shstr, 1);
  buf_zero(&str, 1);
  buf_zero(&out, sizeof(Elf64_Ehdr));

  /* symbols */
  Buf symb = {0}, shndxb = {0};
  buf_zero(&symb, sizeof(Elf64_Sym));
  buf_zero(&shndxb, 4);
  uint32_t first_global = s->nsym + 1;
  for (uint32_t i = 1; i <= s->nsym; i++) {
    const TbSym *y = &s->sym[i];
    if (y->bind != STB_LOCAL && first_global > i) first_global = i;
    Elf64_Sym e = {0};
    e.st_name = y->name ? tb_strtab_add(&str, y->name) : 0;
    e.st_info = ELF64_ST_INFO(y->bind, y->type);
    e.st_shndx = y->xindex ? SHN_XINDEX : (uint16_t)y->shndx;
    e.st_value = y->value;
    e.st_size = y->size;
    buf_put(&symb, &e, sizeof(e));
    uint32_t x = y->xindex ? y->shndx : 0;
    buf_put(&shndxb, &x, 4);
  }

  /* user sections */
  for (uint32_t i = 1; i <= n; i++) {
    const TbSec *x = &s->sec[i];
    sh[i].sh_name = tb_strtab_add(&shstr, x->name);
    sh[i].sh_type = x->type;
    sh[i].sh_flags = x->flags;
    sh[i].sh_addralign = x->align;
    sh[i].sh_entsize = x->entsize;
    sh[i].sh_link = x->link == TB_SYMTAB ? o.symtab : x->link;
    sh[i].sh_info = x->info;
    sh[i].sh_size = x->size;
    buf_align(&out, 16);
    sh[i].sh_offset = out.len;
    if (x->type != SHT_NOBITS) {
      if (x->data) buf_put(&out, x->data, x->size);
      else buf_zero(&out, x->size);
    }
  }
  /* relocation sections */
  for (uint32_t i = 1; i <= n; i++) {
    if (!o.rela[i]) continue;
    Elf64_Shdr *r = &sh[o.rela[i]];
    char nm[128];
    snprintf(nm, sizeof(nm), ".rela%s", s->sec[i].name);
    r->sh_name = tb_strtab_add(&shstr, nm);
    r->sh_type = SHT_RELA;
    r->sh_flags = SHF_INFO_LINK;
    r->sh_link = o.symtab;
    r->sh_info = i;
    r->sh_entsize = sizeof(Elf64_Rela);
    r->sh_addralign = 8;
    buf_align(&out, 16);
    r->sh_offset = out.len;
    for (uint32_t k = 0; k < s->nrel; k++) {
      if (s->rel[k].sec != i) continue;
      Elf64_Rela e = {s->rel[k].off, ELF64_R_INFO(s->rel[k].sym, s->rel[k].type), s->rel[k].addend};
      buf_put(&out, &e, sizeof(e));
    }
    r->sh_size = out.len - r->sh_offset;
  }
  /* .symtab */
  sh[o.symtab].sh_name = tb_strtab_add(&shstr, ".symtab");
  sh[o.symtab].sh_type = SHT_SYMTAB;
  sh[o.symtab].sh_link = o.strtab;
  sh[o.symtab].sh_info = first_global;
  sh[o.symtab].sh_entsize = sizeof(Elf64_Sym);
  sh[o.symtab].sh_addralign = 8;
  buf_align(&out, 16);
  sh[o.symtab].sh_offset = out.len;
  sh[o.symtab].sh_size = symb.len;
  buf_put(&out, symb.data, symb.len);
  /* .strtab */
  sh[o.strtab].sh_name = tb_strtab_add(&shstr, ".strtab");
  sh[o.strtab].sh_type = SHT_STRTAB;
  sh[o.strtab].sh_addralign = 1;
  sh[o.strtab].sh_offset = out.len;
  sh[o.strtab].sh_size = str.len;
  buf_put(&out, str.data, str.len);
  /* .symtab_shndx */
  if (o.shndx_sec) {
    Elf64_Shdr *x = &sh[o.shndx_sec];
    x->sh_name = tb_strtab_add(&shstr, ".symtab_shndx");
    x->sh_type = SHT_SYMTAB_SHNDX;
    x->sh_link = o.symtab;
    x->sh_entsize = 4;
    x->sh_addralign = 4;
    buf_align(&out, 16);
    x->sh_offset = out.len;
    x->sh_size = shndxb.len;
    buf_put(&out, shndxb.data, shndxb.len);
  }
  /* .shstrtab (its own name is added before its size is taken) */
  sh[o.shstrtab].sh_name = tb_strtab_add(&shstr, ".shstrtab");
  sh[o.shstrtab].sh_type = SHT_STRTAB;
  sh[o.shstrtab].sh_addralign = 1;
  sh[o.shstrtab].sh_offset = out.len;
  sh[o.shstrtab].sh_size = shstr.len;
  buf_put(&out, shstr.data, shstr.len);

  buf_align(&out, 8);
  uint64_t shoff = out.len;
  buf_put(&out, sh, o.nsec * sizeof(Elf64_Shdr));

  Elf64_Ehdr *eh = (Elf64_Ehdr *)out.data;
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = ELFCLASS64;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_type = ET_REL;
  eh->e_machine = EM_X86_64;
  eh->e_version = EV_CURRENT;
  eh->e_shoff = shoff;
  eh->e_ehsize = sizeof(Elf64_Ehdr);
  eh->e_shentsize = sizeof(Elf64_Shdr);
  eh->e_shnum = (uint16_t)o.nsec;
  eh->e_shstrndx = (uint16_t)o.shstrtab;

  free(sh);
  free(shstr.data);
  free(str.data);
  free(symb.data);
  free(shndxb.data);
  o.data = out.data;
  o.size = out.len;
  return o;
}


/* An object with a 64-byte .text defining each name of `defs` (functions at
 * 0, 8, 16...) and referring to each name of `refs` (NULL-terminated). */
static inline TbObj tb_simple(const char *const *defs, const char *const *refs) {
  static uint8_t nops[64];
  memset(nops, 0x90, sizeof(nops));
  TbSpec s;
  memset(&s, 0, sizeof(s));
  uint32_t text = tb_sec(&s, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, nops, sizeof(nops), 16);
  tb_sym(&s, "", STB_LOCAL, STT_SECTION, text, 0, 0);
  uint64_t v = 0;
  for (; defs && *defs; defs++, v += 8) tb_sym(&s, *defs, STB_GLOBAL, STT_FUNC, text, v, 8);
  for (; refs && *refs; refs++) tb_sym(&s, *refs, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  return tb_build(&s);
}

/* ------------------------------------------------------------ archives */

static inline void ar_hdr_fields(Buf *b, const char *name, const char *size, const char *fmag) {
  char h[61];
  snprintf(h, sizeof(h), "%-16.16s%-12.12s%-6.6s%-6.6s%-8.8s%-10.10s%-2.2s", name, "0", "0", "0", "644", size, fmag);
  buf_put(b, h, 60);
}
static inline void ar_hdr(Buf *b, const char *name, uint64_t size) {
  char sz[32];
  snprintf(sz, sizeof(sz), "%llu", (unsigned long long)size);
  ar_hdr_fields(b, name, sz, "`\n");
}

typedef struct {
  const char *name;
  const uint8_t *data;
  size_t size;
  const char *syms[4]; /* names for the "/" index */
} ArMember;

typedef struct {
  Buf b;
  uint64_t hdr_off[16];  /* member header offsets */
  uint64_t index_off;    /* header of "/", or 0 */
  uint64_t names_off;    /* header of "//", or 0 */
} ArOut;

static inline uint32_t be32_of(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline void put_be32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)(v >> 24);
  p[1] = (uint8_t)(v >> 16);
  p[2] = (uint8_t)(v >> 8);
  p[3] = (uint8_t)v;
}

/* A GNU archive: optional "/" index, "//" when a name does not fit (all
 * names, for thin archives), then the members padded to even offsets.  Thin
 * archives store only the headers (size = the external file's size). */
static inline ArOut ar_build(const ArMember *m, int n, bool index, bool thin) {
  ArOut o;
  memset(&o, 0, sizeof(o));
  assert_true(n <= 16);
  /* long names */
  Buf ln = {0};
  char names[16][20];
  for (int i = 0; i < n; i++) {
    size_t l = strlen(m[i].name);
    if (thin || l > 15) {
      snprintf(names[i], sizeof(names[i]), "/%zu", ln.len);
      buf_str(&ln, m[i].name);
      buf_str(&ln, "/\n");
    } else {
      snprintf(names[i], sizeof(names[i]), "%s/", m[i].name);
    }
  }
  /* index size */
  uint32_t nsyms = 0;
  size_t strsz = 0;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < 4 && m[i].syms[k]; k++) {
      nsyms++;
      strsz += strlen(m[i].syms[k]) + 1;
    }
  size_t isize = 4 + 4 * (size_t)nsyms + strsz;
  uint64_t off = 8;
  if (index) off += 60 + align_to(isize, 2);
  if (ln.len) off += 60 + align_to(ln.len, 2);
  for (int i = 0; i < n; i++) {
    o.hdr_off[i] = off;
    off += 60 + (thin ? 0 : align_to(m[i].size, 2));
  }
  buf_str(&o.b, thin ? "!<thin>\n" : "!<arch>\n");
  if (index) {
    o.index_off = o.b.len;
    ar_hdr(&o.b, "/", isize);
    uint8_t w[4];
    put_be32(w, nsyms);
    buf_put(&o.b, w, 4);
    for (int i = 0; i < n; i++)
      for (int k = 0; k < 4 && m[i].syms[k]; k++) {
        put_be32(w, (uint32_t)o.hdr_off[i]);
        buf_put(&o.b, w, 4);
      }
    for (int i = 0; i < n; i++)
      for (int k = 0; k < 4 && m[i].syms[k]; k++) buf_put(&o.b, m[i].syms[k], strlen(m[i].syms[k]) + 1);
    if (o.b.len & 1) buf_str(&o.b, "\n");
  }
  if (ln.len) {
    o.names_off = o.b.len;
    ar_hdr(&o.b, "//", ln.len);
    buf_put(&o.b, ln.data, ln.len);
    if (o.b.len & 1) buf_str(&o.b, "\n");
  }
  for (int i = 0; i < n; i++) {
    assert_int_equal(o.b.len, o.hdr_off[i]);
    ar_hdr(&o.b, names[i], m[i].size);
    if (!thin) {
      buf_put(&o.b, m[i].data, m[i].size);
      if (o.b.len & 1) buf_str(&o.b, "\n");
    }
  }
  free(ln.data);
  return o;
}

/* Overwrites the 10-byte size field of the header at `hdr`. */
static inline void ar_set_size_field(ArOut *o, uint64_t hdr, const char *field) {
  char f[11];
  snprintf(f, sizeof(f), "%-10.10s", field);
  memcpy(o->b.data + hdr + 48, f, 10);
}

/* ---------------------------------------------------------- temp files */

static inline char *tmpdir_new(void) {
  char *d = strdup("/tmp/weld-unit-XXXXXX");
  assert_non_null(mkdtemp(d));
  return d;
}

static inline int tmp_rm_cb(const char *p, const struct stat *sb, int flag, struct FTW *ftw) {
  (void)sb;
  (void)flag;
  (void)ftw;
  return remove(p);
}
static inline void tmpdir_remove(char *d) {
  if (!d) return;
  nftw(d, tmp_rm_cb, 16, FTW_DEPTH | FTW_PHYS);
  free(d);
}

/* Writes a file in dir and returns its path (malloc'd). */
static inline char *write_file(const char *dir, const char *name, const void *data, size_t size) {
  char *p = malloc(strlen(dir) + strlen(name) + 2);
  sprintf(p, "%s/%s", dir, name);
  int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, data, size), (ssize_t)size);
  close(fd);
  return p;
}

/* ------------------------------------------------------ forked children */

typedef void (*ChildFn)(void *arg);

/* Runs fn(arg) in a child with stdout and stderr captured into out
 * (NUL-terminated).  Returns the exit status, or 128 + signal number if
 * killed.  cmocka's signal handlers are reset in the child so that a crash
 * kills it; fn must not use cmocka assertions (a failure would longjmp back
 * into the test runner inside the child). */
static inline int run_in_child(ChildFn fn, void *arg, char *out, size_t outsz) {
  int p[2];
  assert_int_equal(pipe(p), 0);
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
    for (size_t i = 0; i < ARRAY_SIZE(sigs); i++) signal(sigs[i], SIG_DFL);
    close(p[0]);
    dup2(p[1], 1);
    dup2(p[1], 2);
    close(p[1]);
    fn(arg);
    fflush(stderr);
    _exit(0);
  }
  close(p[1]);
  size_t len = 0;
  for (;;) {
    char tmp[4096];
    ssize_t k = read(p[0], tmp, sizeof(tmp));
    if (k <= 0) break;
    size_t c = MIN((size_t)k, outsz - 1 - len);
    memcpy(out + len, tmp, c);
    len += c;
  }
  out[len] = 0;
  close(p[0]);
  int st;
  assert_int_equal(waitpid(pid, &st, 0), pid);
  if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
  return WEXITSTATUS(st);
}

#endif
