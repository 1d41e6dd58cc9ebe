/*
 * gen.c - input generators for tests/robust/run.sh.  Writes ELF objects and
 * archives directly (no assembler), so that huge or numerous inputs cost
 * seconds instead of minutes.
 *
 *   gen bigobj OUT SIZE SECNAME [ALIGN]
 *       relocatable with one PROGBITS section SECNAME ("aw", plus
 *       SHF_X86_64_LARGE if the name starts with ".l") of SIZE bytes.  The
 *       body is a hole in a sparse file except for byte 0 (=1) and byte
 *       SIZE-1 (=2); global symbols big (offset 0) and big_end (SIZE-1).
 *   gen archive OUT N
 *       GNU archive with a symbol index and N members m<K>.o, each defining
 *       a global function f<K> returning K*3+1 (mov $imm,%eax; ret).
 *   gen epipe CMD ARGS...
 *       run CMD with stdout and stderr on a pipe whose read end is already
 *       closed (SIGPIPE at default), as under `cmd 2>&1 | head -0`, but
 *       deterministic; exits with CMD's status (128+N if killed by signal N).
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef SHF_X86_64_LARGE
#define SHF_X86_64_LARGE 0x10000000
#endif

static void die(const char *what) {
  fprintf(stderr, "gen: %s: %s\n", what, strerror(errno));
  exit(1);
}

typedef struct {
  uint8_t *p;
  size_t len, cap;
} Buf;

static void put(Buf *b, const void *d, size_t n) {
  if (b->len + n > b->cap) {
    b->cap = (b->len + n) * 2 + 4096;
    b->p = realloc(b->p, b->cap);
    if (!b->p) die("realloc");
  }
  memcpy(b->p + b->len, d, n);
  b->len += n;
}

static void pad(Buf *b, size_t align) {
  static const uint8_t z[16];
  while (b->len % align) put(b, z, 1);
}

/* One relocatable object: sections null, SEC (progbits, body of body_size
 * bytes, only the first body_len of which are given; the rest is zero),
 * .note.GNU-stack, .symtab, .strtab, .shstrtab.  Symbols are globals defined
 * in SEC.  If body_size > body_len the caller writes the object sparsely:
 * the section body is the last thing in the file. */
typedef struct {
  const char *name;
  uint64_t value;
  int type;
} GSym;

static void make_object(Buf *o, const char *secname, uint64_t secflags, uint64_t align, const uint8_t *body,
                        size_t body_len, uint64_t body_size, const GSym *syms, int nsyms, uint64_t *body_off) {
  Buf shstr = {0}, str = {0}, sym = {0};
  put(&shstr, "", 1);
  uint32_t n_sec = (uint32_t)shstr.len;
  put(&shstr, secname, strlen(secname) + 1);
  uint32_t n_note = (uint32_t)shstr.len;
  put(&shstr, ".note.GNU-stack", 16);
  uint32_t n_symtab = (uint32_t)shstr.len;
  put(&shstr, ".symtab", 8);
  uint32_t n_strtab = (uint32_t)shstr.len;
  put(&shstr, ".strtab", 8);
  uint32_t n_shstrtab = (uint32_t)shstr.len;
  put(&shstr, ".shstrtab", 10);

  put(&str, "", 1);
  Elf64_Sym s0 = {0};
  put(&sym, &s0, sizeof s0);
  for (int i = 0; i < nsyms; i++) {
    Elf64_Sym s = {0};
    s.st_name = (uint32_t)str.len;
    put(&str, syms[i].name, strlen(syms[i].name) + 1);
    s.st_info = ELF64_ST_INFO(STB_GLOBAL, syms[i].type);
    s.st_shndx = 1;
    s.st_value = syms[i].value;
    put(&sym, &s, sizeof s);
  }

  Elf64_Ehdr eh = {0};
  memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  eh.e_type = ET_REL;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_ehsize = sizeof eh;
  eh.e_shentsize = sizeof(Elf64_Shdr);
  eh.e_shnum = 6;
  eh.e_shstrndx = 5;
  o->len = 0;
  put(o, &eh, sizeof eh);
  uint64_t off_symtab = (pad(o, 8), o->len);
  put(o, sym.p, sym.len);
  uint64_t off_strtab = o->len;
  put(o, str.p, str.len);
  uint64_t off_shstr = o->len;
  put(o, shstr.p, shstr.len);
  pad(o, 8);
  uint64_t off_shdr = o->len;
  uint64_t off_body = off_shdr + 6 * sizeof(Elf64_Shdr);
  off_body = (off_body + 15) & ~15ULL;
  Elf64_Shdr sh[6];
  memset(sh, 0, sizeof sh);
  sh[1] = (Elf64_Shdr){n_sec, SHT_PROGBITS, secflags, 0, off_body, body_size, 0, 0, align, 0};
  sh[2] = (Elf64_Shdr){n_note, SHT_PROGBITS, 0, 0, off_body, 0, 0, 0, 1, 0};
  sh[3] = (Elf64_Shdr){n_symtab, SHT_SYMTAB, 0, 0, off_symtab, sym.len, 4, 1, 8, sizeof(Elf64_Sym)};
  sh[4] = (Elf64_Shdr){n_strtab, SHT_STRTAB, 0, 0, off_strtab, str.len, 0, 0, 1, 0};
  sh[5] = (Elf64_Shdr){n_shstrtab, SHT_STRTAB, 0, 0, off_shstr, shstr.len, 0, 0, 1, 0};
  ((Elf64_Ehdr *)o->p)->e_shoff = off_shdr;
  put(o, sh, sizeof sh);
  pad(o, 16);
  put(o, body, body_len);
  *body_off = off_body;
  free(shstr.p);
  free(str.p);
  free(sym.p);
}

static int bigobj(const char *out, uint64_t size, const char *secname, uint64_t align) {
  uint64_t flags = SHF_ALLOC | SHF_WRITE;
  if (secname[0] == '.' && secname[1] == 'l') flags |= SHF_X86_64_LARGE;
  GSym syms[2] = {{"big", 0, STT_OBJECT}, {"big_end", size - 1, STT_OBJECT}};
  uint8_t one = 1, two = 2;
  Buf o = {0};
  uint64_t body_off;
  make_object(&o, secname, flags, align, &one, 1, size, syms, 2, &body_off);
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", out);
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) die(tmp);
  if (write(fd, o.p, o.len) != (ssize_t)o.len) die("write");
  if (pwrite(fd, &two, 1, (off_t)(body_off + size - 1)) != 1) die("pwrite");
  if (close(fd) < 0 || rename(tmp, out) < 0) die(out);
  return 0;
}

static void be32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)(v >> 24);
  p[1] = (uint8_t)(v >> 16);
  p[2] = (uint8_t)(v >> 8);
  p[3] = (uint8_t)v;
}

static void ar_header(Buf *b, const char *name, uint64_t size) {
  char h[128];
  snprintf(h, sizeof h, "%-16s%-12s%-6s%-6s%-8s%-10llu`\n", name, "0", "0", "0", "644", (unsigned long long)size);
  put(b, h, 60);
}

static int archive(const char *out, long n) {
  Buf members = {0}, names = {0}, o = {0};
  uint32_t *offs = malloc(sizeof(uint32_t) * (size_t)n);
  for (long k = 0; k < n; k++) {
    char name[32];
    snprintf(name, sizeof name, "f%ld", k);
    uint32_t v = (uint32_t)(k * 3 + 1);
    uint8_t code[6] = {0xb8, (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24), 0xc3};
    GSym s = {name, 0, STT_FUNC};
    uint64_t body_off;
    make_object(&o, ".text", SHF_ALLOC | SHF_EXECINSTR, 16, code, sizeof code, sizeof code, &s, 1, &body_off);
    offs[k] = (uint32_t)members.len; /* relative, fixed below */
    char mname[32];
    snprintf(mname, sizeof mname, "m%ld.o/", k);
    ar_header(&members, mname, o.len);
    put(&members, o.p, o.len);
    pad(&members, 2);
    put(&names, name, strlen(name) + 1);
  }
  uint64_t index_size = 4 + 4 * (uint64_t)n + names.len;
  uint64_t index_padded = index_size + (index_size & 1);
  uint64_t base = 8 + 60 + index_padded;
  if (base + members.len > UINT32_MAX) {
    fprintf(stderr, "gen: archive too big for a 32-bit index\n");
    return 1;
  }
  Buf a = {0};
  put(&a, "!<arch>\n", 8);
  ar_header(&a, "/", index_size);
  uint8_t w[4];
  be32(w, (uint32_t)n);
  put(&a, w, 4);
  for (long k = 0; k < n; k++) {
    be32(w, (uint32_t)(base + offs[k]));
    put(&a, w, 4);
  }
  put(&a, names.p, names.len);
  if (index_size & 1) put(&a, "\n", 1);
  put(&a, members.p, members.len);
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", out);
  FILE *f = fopen(tmp, "wb");
  if (!f) die(tmp);
  if (fwrite(a.p, 1, a.len, f) != a.len || fclose(f) != 0) die("write");
  if (rename(tmp, out) < 0) die(out);
  return 0;
}

static int epipe(char **cmd) {
  int p[2];
  if (pipe(p) < 0) die("pipe");
  close(p[0]);
  pid_t pid = fork();
  if (pid < 0) die("fork");
  if (pid == 0) {
    signal(SIGPIPE, SIG_DFL);
    dup2(p[1], 1);
    dup2(p[1], 2);
    close(p[1]);
    execvp(cmd[0], cmd);
    _exit(127);
  }
  close(p[1]);
  int st;
  if (waitpid(pid, &st, 0) < 0) die("waitpid");
  return WIFSIGNALED(st) ? 128 + WTERMSIG(st) : WEXITSTATUS(st);
}

int main(int argc, char **argv) {
  if (argc >= 3 && !strcmp(argv[1], "epipe")) return epipe(argv + 2);
  if ((argc == 5 || argc == 6) && !strcmp(argv[1], "bigobj"))
    return bigobj(argv[2], strtoull(argv[3], NULL, 0), argv[4], argc == 6 ? strtoull(argv[5], NULL, 0) : 16);
  if (argc == 4 && !strcmp(argv[1], "archive")) return archive(argv[2], strtol(argv[3], NULL, 0));
  fprintf(stderr, "usage: gen bigobj OUT SIZE SECNAME [ALIGN] | gen archive OUT N | gen epipe CMD...\n");
  return 2;
}
