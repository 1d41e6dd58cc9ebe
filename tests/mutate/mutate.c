/*
 * mutate.c - weld's seeded mutation test (robustness tier).
 *
 * Compiles the seed programs in tests/mutate/seeds/ with `gcc -c` (each
 * seed's flags are on its "mutate-cflags:" line), makes a regular archive
 * (ar rcs libab.a a.o b_long_member_name.o), a thin archive (ar rcsT
 * libthin.a c.o d.o), a linker script libs.ld (GROUP ( libthin.a )) and,
 * for the fuzzer, libfull.a of the seeds but solo.  The unmutated links
 *
 *     weld -nostdlib -static -e main -o OUT main.o util.o libab.a libs.ld
 *     weld -nostdlib -static -e main -o OUT solo.o      (needs no GOT)
 *
 * must succeed.  So must the dynamic links against two shared objects built
 * with GNU ld (gcc -shared -fPIC -fuse-ld=bfd; seeds libmutdep.c, and
 * libmut.c with the version script libmut.map: DT_SONAME, DT_NEEDED,
 * .gnu.version, .gnu.version_d with two nodes and .symver'd definitions,
 * .gnu.version_r, a data object, TLS, functions), which are gcc's own
 * linker lines (captured with gcc -###, see capture_link()) with weld in
 * place of collect2:
 *
 *     weld ... -pie Scrt1.o crti.o crtbeginS.o -L... somain.o libmut.so
 *          libmutdep.so -lgcc ... -lc ... crtendS.o crtn.o -o OUT
 *     (and -no-pie with crt1.o crtbegin.o crtend.o and somain_nopie.o,
 *     where libmut.so's mut_data is copy-relocated)
 *
 * and both programs must print what GNU ld's do.  So must the -shared link
 * of two -fPIC objects (seed libshmut.c: TLS, an IFUNC, weak, protected
 * and hidden symbols, .symver sh_ver@VER_1 / sh_ver@@VER_2; and util.c
 * again as shutil.o) with the version script libshmut.map, also gcc's
 * collect2 line (crti.o crtbeginS.o ... -lc ... crtendS.o crtn.o) with
 * weld in its place:
 *
 *     weld ... -shared -o OUT ... -soname libshmut.so
 *          --version-script=libshmut.map libshmut.o shutil.o libmutdep.so ...
 *
 * whose library must satisfy readelf -a -W, and the program shmain.o linked
 * against it by GNU ld must print what it prints against GNU ld's library.
 * Then, for each case, one of those inputs (or one member of the thin
 * archive) gets one structure-aware mutation (truncation, bit flips, ELF
 * header, section header, symbol, relocation, .eh_frame, group and string
 * table edits, archive member size/name and symbol index edits, linker
 * script rewrites; for libmut.so and libmutdep.so, about one case in
 * seven: e_ident and ELF header, section headers (mostly of the dynamic
 * sections), .dynsym entries, .dynstr, .gnu.version entries, .gnu.version_d
 * and .gnu.version_r records and chains, .dynamic DT_SONAME/DT_NEEDED
 * offsets and tags; for the -shared link, about one case in six, the
 * objects' edits on libshmut.o or shutil.o, or, about one case in 13,
 * a version-script edit of libshmut.map (mut_verscript: tokens deleted,
 * repeated or swapped, truncation, unbalanced braces and quotes, huge
 * names, NUL and random bytes, extern blocks nested 1 to 200000 deep,
 * labels doubled, unknown or in the wrong order, unknown, later or own
 * parents, a name or glob global in one node and local in another,
 * duplicate and anonymous nodes, a version .symver names left undefined,
 * up to 32767 nodes, 50000 patterns, bad globs and languages)) and the link
 * is run again (with one of a few options: --gc-sections, --eh-frame-hdr,
 * --build-id=sha1, -s, --whole-archive; for the dynamic links
 * --gc-sections, --export-dynamic, --hash-style=both, -s, --build-id=sha1,
 * --max-symbol-version=libmut.so:LIBMUT_1.0; for -shared --gc-sections,
 * -Bsymbolic, -Bsymbolic-functions, --no-undefined, --hash-style=both, -s,
 * --build-id=sha1, -z now, -z pack-relative-relocs; a mutated shared object
 * goes into the -no-pie link one time in three, somain.o always into the
 * -pie one) - directly, or for about one case in eight through
 * `gcc -B DIR [-static | -pie | -no-pie | -shared ...]` with DIR/ld ->
 * weld.  A case passes when
 *
 *   - weld exits 0 or 1 (no signal, no timeout, no status 2+);
 *   - on exit 1 stderr is non-empty, and its lines before the first
 *     "weld: error:" are "weld: warning:" lines;
 *   - stderr holds no sanitizer report ("runtime error:", "AddressSanitizer",
 *     "LeakSanitizer", ...);
 *   - after a failed link there is no file at OUT, and there is never an
 *     OUT.weld-* temporary left behind (after a successful one, OUT exists);
 *   - after a successful -shared link, readelf -a -W OUT exits 0 and writes
 *     nothing on stderr (no "readelf: Warning:" or "readelf: Error:"), unless
 *     GNU ld links the same inputs with the same options and readelf says
 *     the same of its output (an input section weld and GNU ld both copy as
 *     it is, such as one retyped SHT_NOTE); with --readelf-all, after every
 *     successful link.
 *
 * Everything is a function of (seed, case index), so any failing case can be
 * rerun alone with --case.  Failing inputs are saved under --failures as
 * s<seed>-c<case>[+OPT...].<role> (role = the input they replace, e.g.
 * main.o, libab.a, c.o, libmut.so, libshmut.o, libshmut.map; +OPT = the
 * extra options, "--OPT" without "--", "-OPT" as "-OPT" (+-znow), with ','
 * for '.'; +no-pie = the -no-pie dynamic link) with a .txt note; --replay
 * takes such files (or any other file, which is then linked with libfull.a
 * the way the fuzz target links its input - or, if it is an ELF shared
 * object, in libmut.so's place in the dynamic link, and if it starts with
 * "#vs", as version script (and object) of the -shared link, as the fuzz
 * target does; +OPT in its name adds options there too) and checks them the
 * same way (gcc -B failures are replayed as direct links).
 *
 * Usage:
 *   mutate --weld PATH [--seed S] [--count N] [--jobs J] [--timeout SEC]
 *          [--seeds DIR] [--work DIR] [--failures DIR] [--case I] [--verbose]
 *          [--readelf-all]
 *   mutate --weld PATH --list [--seed S] [--count N]   (the mutations only)
 *   mutate --weld PATH --replay FILE...
 *   mutate --prepare DIR            (compile the seeds into DIR and stop)
 *
 * Output: one "FAIL ..." line per failing case, then "N passed, N failed".
 * Exit status: 0 all passed, 1 some failed, 2 setup error.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------ utilities */

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "mutate: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(2);
}

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) die("out of memory");
  return p;
}

static char *xstrdup(const char *s) {
  char *p = strdup(s);
  if (!p) die("out of memory");
  return p;
}

static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = NULL;
  if (vasprintf(&s, f, ap) < 0) die("out of memory");
  va_end(ap);
  return s;
}

typedef struct {
  uint8_t *d;
  size_t n;
} Bytes;

static Bytes read_file(const char *path) {
  Bytes b = {0};
  FILE *f = fopen(path, "rb");
  if (!f) die("cannot read %s: %s", path, strerror(errno));
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  b.n = (size_t)(n < 0 ? 0 : n);
  b.d = xmalloc(b.n);
  if (b.n && fread(b.d, 1, b.n, f) != b.n) die("cannot read %s", path);
  fclose(f);
  return b;
}

static void write_file(const char *path, const uint8_t *d, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f) die("cannot write %s: %s", path, strerror(errno));
  if (n && fwrite(d, 1, n, f) != n) die("cannot write %s", path);
  if (fclose(f)) die("cannot write %s", path);
}

static void mkdirs(const char *path) {
  char *p = xstrdup(path);
  for (char *s = p + 1; *s; s++)
    if (*s == '/') {
      *s = 0;
      mkdir(p, 0755);
      *s = '/';
    }
  if (mkdir(p, 0755) && errno != EEXIST) die("cannot create %s: %s", p, strerror(errno));
  free(p);
}

static char *abspath(const char *p) {
  char buf[PATH_MAX];
  if (!realpath(p, buf)) die("%s: %s", p, strerror(errno));
  return xstrdup(buf);
}

static char *read_text(const char *path, size_t max) {
  FILE *f = fopen(path, "rb");
  if (!f) return xstrdup("");
  char *s = xmalloc(max + 1);
  size_t n = fread(s, 1, max, f);
  s[n] = 0;
  fclose(f);
  return s;
}

/* ------------------------------------------------- running a command */

static volatile sig_atomic_t alarm_fired;
static void on_alarm(int sig) {
  (void)sig;
  alarm_fired = 1;
}

typedef struct {
  int status;      /* wait status */
  bool timed_out;
} RunResult;

/* Runs argv in `cwd` with stdout to `outpath` and stderr to `errpath`
 * (each NULL for /dev/null; the same path: one file for both), in its own
 * process group, killed (the whole group) after `timeout` s. */
static RunResult run_split(char *const argv[], const char *cwd, const char *outpath, const char *errpath,
                           int timeout) {
  RunResult r = {0, false};
  pid_t pid = fork();
  if (pid < 0) die("fork: %s", strerror(errno));
  if (pid == 0) {
    setpgid(0, 0);
    if (cwd && chdir(cwd)) _exit(126);
    int fd = open(errpath ? errpath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    bool same = outpath == errpath || (outpath && errpath && !strcmp(outpath, errpath));
    int ofd = same ? fd : open(outpath ? outpath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int nul = open("/dev/null", O_RDWR);
    if (fd < 0 || ofd < 0 || nul < 0) _exit(126);
    dup2(nul, 0);
    dup2(ofd, 1);
    dup2(fd, 2);
    execvp(argv[0], argv);
    dprintf(2, "mutate: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  setpgid(pid, pid);
  struct sigaction sa = {0}, old;
  sa.sa_handler = on_alarm; /* no SA_RESTART: waitpid returns EINTR */
  sigaction(SIGALRM, &sa, &old);
  alarm_fired = 0;
  alarm((unsigned)timeout);
  for (;;) {
    pid_t w = waitpid(pid, &r.status, 0);
    if (w == pid) break;
    if (w < 0 && errno == EINTR && alarm_fired) {
      r.timed_out = true;
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      alarm_fired = 0;
      continue;
    }
    if (w < 0 && errno != EINTR) die("waitpid: %s", strerror(errno));
  }
  alarm(0);
  kill(-pid, SIGKILL); /* anything left in the group (gcc's children) */
  sigaction(SIGALRM, &old, NULL);
  return r;
}

/* run_split with stdout and stderr to `errpath` (or /dev/null). */
static RunResult run(char *const argv[], const char *cwd, const char *errpath, int timeout) {
  return run_split(argv, cwd, errpath, errpath, timeout);
}

static void run_or_die(char *const argv[], const char *cwd) {
  char errpath[] = "/tmp/mutate-cmd-XXXXXX";
  int fd = mkstemp(errpath);
  if (fd < 0) die("mkstemp: %s", strerror(errno));
  close(fd);
  RunResult r = run(argv, cwd, errpath, 120);
  if (r.timed_out || !WIFEXITED(r.status) || WEXITSTATUS(r.status)) {
    char *e = read_text(errpath, 4000);
    fprintf(stderr, "%s", e);
    unlink(errpath);
    die("command failed: %s ...", argv[0]);
  }
  unlink(errpath);
}

/* ------------------------------------------------------------- the PRNG */

typedef struct {
  uint64_t s;
} Rng;

static uint64_t rnd(Rng *r) {
  uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static uint64_t below(Rng *r, uint64_t n) { return n ? rnd(r) % n : 0; }
static bool chance(Rng *r, unsigned pct) { return below(r, 100) < pct; }

/* weighted choice: w[] of n weights */
static int pick_w(Rng *r, const unsigned *w, int n) {
  unsigned total = 0;
  for (int i = 0; i < n; i++) total += w[i];
  unsigned x = (unsigned)below(r, total);
  for (int i = 0; i < n; i++) {
    if (x < w[i]) return i;
    x -= w[i];
  }
  return n - 1;
}

/* ------------------------------------------------- inputs and roles */

/* The seeds, their files and the inputs of the link. */
static const char *const seed_names[] = {"main", "util", "a", "b_long_member_name", "c", "d", "solo"};

enum { T_MAIN, T_UTIL, T_LIBAB, T_LIBTHIN, T_THIN_C, T_THIN_D, T_SOLO, T_SCRIPT, T_SO, T_SODEP, T_SOMAIN,
       T_SHOBJ, T_SHUTIL, T_VERSCRIPT, NTARGETS };
static const char *const target_file[NTARGETS] = {"main.o",    "util.o",       "libab.a",    "libthin.a", "c.o",
                                                  "d.o",       "solo.o",       "libs.ld",    "libmut.so", "libmutdep.so",
                                                  "somain.o",  "libshmut.o",   "shutil.o",   "libshmut.map"};
/* about one case in six is a dynamic link against a mutated shared object
 * (libmut.so, libmutdep.so) or somain.o, and one in six the -shared link
 * with a mutated object (libshmut.o, shutil.o) or version script */
static const unsigned target_weight[NTARGETS] = {14, 13, 15, 6, 6, 6, 13, 7, 15, 3, 2, 8, 3, 9};
static bool is_dyn_target(int t) { return t == T_SO || t == T_SODEP || t == T_SOMAIN; }
static bool is_shared_target(int t) { return t == T_SHOBJ || t == T_SHUTIL || t == T_VERSCRIPT; }
/* The dynamic links: gcc's own collect2 line (gcc -### -pie / -no-pie -o
 * prog MAIN libmut.so libmutdep.so, see capture_link()), stored by
 * prepare() one argument a line in so-pie.args and so-nopie.args, with
 * "@OUT@" for the output; MAIN is somain.o (-fPIE) or somain_nopie.o.
 * LK_SHARED: gcc -### -shared -Wl,-soname,libshmut.so
 * -Wl,--version-script=libshmut.map -o prog libshmut.o shutil.o
 * libmutdep.so, in so-shared.args. */
enum { LK_STATIC, LK_PIE, LK_NOPIE, LK_SHARED, NLINKKINDS };
static const char *const dyn_args_file[NLINKKINDS] = {NULL, "so-pie.args", "so-nopie.args", "so-shared.args"};
static const char *const dyn_main[NLINKKINDS] = {NULL, "somain.o", "somain_nopie.o", NULL};
static const char *const shared_gcc_flags[] = {"-shared", "-Wl,-soname,libshmut.so", "-Wl,--version-script=libshmut.map",
                                               NULL};
static const char *const shared_inputs[] = {"libshmut.o", "shutil.o", "libmutdep.so"};
/* the link: these, in this order (libs.ld is GROUP ( libthin.a ), c.o and
 * d.o are read through libthin.a); solo.o is linked on its own */
static const char *const link_inputs[] = {"main.o", "util.o", "libab.a", "libs.ld"};
static const char script_text[] = "/* weld mutation test */\nGROUP ( libthin.a )\n";
#define NLINK (int)(sizeof(link_inputs) / sizeof(link_inputs[0]))

typedef struct {
  const char *weld;       /* absolute */
  const char *seeds;
  const char *work;       /* absolute */
  const char *failures;
  const char *objs;       /* work/objs: the compiled seeds */
  const char *gccb;       /* work/gccb: holds ld -> weld */
  uint64_t seed;
  long count;
  int jobs;
  int timeout;
  long only_case;
  bool verbose;   /* print every case's outcome on stderr */
  bool list;      /* print the mutations only */
  Bytes orig[NTARGETS];
  Bytes libfull;
  Bytes nopie_main;       /* somain_nopie.o (not mutated) */
  char **dyn_args[NLINKKINDS]; /* the dynamic link lines (LK_PIE, LK_NOPIE, LK_SHARED), NULL-terminated */
  bool readelf_all;       /* --readelf-all: readelf -a -W every output, not only -shared ones */
} Config;

static void rm_f(const char *dir, const char *name) {
  char *p = fmt("%s/%s", dir, name);
  unlink(p);
  free(p);
}

/* Appends the words after `marker` on the seed's marker line to argv. */
static void seed_flags(char *text, const char *marker, char **argv, int *argc, int max) {
  char *flags = strstr(text, marker);
  if (!flags) return;
  flags += strlen(marker);
  char *nl = strchr(flags, '\n');
  if (nl) *nl = 0;
  for (char *t = strtok(flags, " \t"); t && *argc < max; t = strtok(NULL, " \t")) argv[(*argc)++] = t;
}

/* gcc -c SEED.c -o OBJ with the seed's "mutate-cflags:" and `extra`. */
static void compile_seed(const char *seeds, const char *dir, const char *name, const char *obj_name, const char *extra) {
  char *src = fmt("%s/%s.c", seeds, name);
  char *obj = fmt("%s/%s", dir, obj_name);
  char *text = read_text(src, 4096);
  char *argv[64];
  int argc = 0;
  argv[argc++] = "gcc";
  argv[argc++] = "-c";
  argv[argc++] = "-fno-stack-protector";
  if (extra) argv[argc++] = (char *)extra;
  seed_flags(text, "mutate-cflags:", argv, &argc, 56);
  argv[argc++] = src;
  argv[argc++] = "-o";
  argv[argc++] = obj;
  argv[argc] = NULL;
  run_or_die(argv, NULL);
  free(text);
  free(src);
  free(obj);
}

/* A shared-object seed: gcc -shared -fPIC -fuse-ld=bfd (GNU ld), DT_SONAME
 * NAME.so, stripped (-s) and without -z separate-code (small files: the
 * mutations land in the dynamic structures, not in page padding), plus the
 * flags of its "mutate-so:" line; runs in `dir` (-L. finds the seeds built
 * before), with -I and the version script from the seed directory. */
static void build_so(const char *seeds, const char *dir, const char *name) {
  char *src = abspath(fmt("%s/%s.c", seeds, name));
  char *sdir = abspath(seeds);
  char *text = read_text(src, 4096);
  char *soname = fmt("-Wl,-soname,%s.so", name), *out = fmt("%s.so", name);
  char *argv[64];
  int argc = 0;
  argv[argc++] = "gcc";
  argv[argc++] = "-shared";
  argv[argc++] = "-fPIC";
  argv[argc++] = "-fuse-ld=bfd";
  argv[argc++] = "-fno-stack-protector";
  argv[argc++] = "-Wl,-z,noseparate-code";
  argv[argc++] = "-Wl,-s";
  argv[argc++] = soname;
  /* the version script is named relative to the seeds */
  char *vs = NULL;
  char *m = strstr(text, "--version-script=");
  if (m) {
    char *e = m + strlen("--version-script=");
    size_t n = strcspn(e, " \t\n");
    vs = fmt("-Wl,--version-script=%s/%.*s", sdir, (int)n, e);
  }
  int first = argc;
  seed_flags(text, "mutate-so:", argv, &argc, 56);
  for (int i = first; i < argc; i++)
    if (vs && strstr(argv[i], "--version-script=")) argv[i] = vs;
  argv[argc++] = src;
  argv[argc++] = "-o";
  argv[argc++] = out;
  argv[argc] = NULL;
  run_or_die(argv, dir);
  free(text);
  free(src);
  free(sdir);
  free(soname);
  free(out);
  free(vs);
}

/* The next word of a gcc -### command line (words are separated by blanks;
 * "..." quotes one, with \" and \\ inside); NULL at the end of the line. */
static char *next_word(const char **pp) {
  const char *p = *pp;
  while (*p == ' ' || *p == '\t') p++;
  if (!*p || *p == '\n') return NULL;
  char *w = xmalloc(strlen(p) + 1);
  size_t n = 0;
  if (*p == '"') {
    for (p++; *p && *p != '"' && *p != '\n'; p++) {
      if (*p == '\\' && (p[1] == '"' || p[1] == '\\')) p++;
      w[n++] = *p;
    }
    if (*p == '"') p++;
  } else {
    while (*p && *p != ' ' && *p != '\t' && *p != '\n') w[n++] = *p++;
  }
  w[n] = 0;
  *pp = p;
  return w;
}

/* Writes DIR/FILE: the linker line gcc would run for
 *     gcc [-pie|-no-pie] -o prog MAIN libmut.so libmutdep.so
 *     gcc -shared -Wl,-soname,libshmut.so -Wl,--version-script=libshmut.map
 *         -o prog libshmut.o shutil.o libmutdep.so           (LK_SHARED)
 * (the collect2 line of gcc -###), one argument a line, without collect2
 * itself and the LTO plugin's options (-plugin FILE, -plugin-opt=...: a
 * temporary file name each time), and "@OUT@" for the output. */
static void capture_link(const char *dir, int kind) {
  char errpath[] = "/tmp/mutate-cmd-XXXXXX";
  int fd = mkstemp(errpath);
  if (fd < 0) die("mkstemp: %s", strerror(errno));
  close(fd);
  char *argv[16];
  int argc = 0;
  argv[argc++] = "gcc";
  argv[argc++] = "-###";
  if (kind == LK_SHARED) {
    for (int i = 0; shared_gcc_flags[i]; i++) argv[argc++] = (char *)shared_gcc_flags[i];
    argv[argc++] = "-o";
    argv[argc++] = "prog";
    for (int i = 0; i < 3; i++) argv[argc++] = (char *)shared_inputs[i];
  } else {
    argv[argc++] = kind == LK_NOPIE ? "-no-pie" : "-pie";
    argv[argc++] = "-o";
    argv[argc++] = "prog";
    argv[argc++] = (char *)dyn_main[kind];
    argv[argc++] = "libmut.so";
    argv[argc++] = "libmutdep.so";
  }
  argv[argc] = NULL;
  RunResult r = run(argv, dir, errpath, 120);
  char *text = read_text(errpath, 1 << 16);
  unlink(errpath);
  if (r.timed_out || !WIFEXITED(r.status) || WEXITSTATUS(r.status)) die("gcc -### failed:\n%s", text);
  const char *line = NULL;
  for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
    const char *q = p;
    char *w = next_word(&q);
    if (!w) continue;
    size_t l = strlen(w);
    bool ld = (l >= 8 && !strcmp(w + l - 8, "collect2")) || (l >= 3 && !strcmp(w + l - 3, "/ld"));
    free(w);
    if (ld) line = p;
  }
  if (!line) die("no collect2 line in the output of gcc -###:\n%s", text);
  char *path = fmt("%s/%s", dir, dyn_args_file[kind]);
  FILE *f = fopen(path, "w");
  if (!f) die("cannot write %s: %s", path, strerror(errno));
  const char *q = line;
  char *w = next_word(&q); /* collect2 */
  free(w);
  bool prev_o = false;
  while ((w = next_word(&q))) {
    if (!strcmp(w, "-plugin")) {
      free(w);
      free(next_word(&q));
      continue;
    }
    if (!strncmp(w, "-plugin-opt", 11)) {
      free(w);
      continue;
    }
    fprintf(f, "%s\n", prev_o && !strcmp(w, "prog") ? "@OUT@" : w);
    prev_o = !strcmp(w, "-o");
    free(w);
  }
  if (fclose(f)) die("cannot write %s", path);
  free(path);
  free(text);
}

/* Compiles the seeds and makes the archives, the shared objects and the
 * dynamic link lines in `dir`. */
static void prepare(const char *seeds, const char *dir) {
  mkdirs(dir);
  for (size_t i = 0; i < sizeof(seed_names) / sizeof(seed_names[0]); i++)
    compile_seed(seeds, dir, seed_names[i], fmt("%s.o", seed_names[i]), NULL);
  rm_f(dir, "libab.a");
  rm_f(dir, "libthin.a");
  rm_f(dir, "libfull.a");
  char *ab[] = {"ar", "rcs", "libab.a", "a.o", "b_long_member_name.o", NULL};
  char *thin[] = {"ar", "rcsT", "libthin.a", "c.o", "d.o", NULL};
  char *full[] = {"ar", "rcs", "libfull.a", "main.o", "util.o", "a.o", "b_long_member_name.o", "c.o", "d.o", NULL};
  run_or_die(ab, dir);
  run_or_die(thin, dir);
  run_or_die(full, dir);
  char *ld = fmt("%s/libs.ld", dir);
  write_file(ld, (const uint8_t *)script_text, strlen(script_text));
  free(ld);
  /* the dynamic link: libmutdep.so first (libmut.so's DT_NEEDED) */
  build_so(seeds, dir, "libmutdep");
  build_so(seeds, dir, "libmut");
  compile_seed(seeds, dir, "somain", "somain.o", "-fPIE");
  compile_seed(seeds, dir, "somain", "somain_nopie.o", "-fno-pie");
  capture_link(dir, LK_PIE);
  capture_link(dir, LK_NOPIE);
  /* the -shared link: two -fPIC objects and the version script */
  compile_seed(seeds, dir, "libshmut", "libshmut.o", NULL);
  compile_seed(seeds, dir, "util", "shutil.o", "-fPIC");
  compile_seed(seeds, dir, "shmain", "shmain.o", NULL);
  char *ms = fmt("%s/libshmut.map", seeds), *md = fmt("%s/libshmut.map", dir);
  Bytes map = read_file(ms);
  write_file(md, map.d, map.n);
  capture_link(dir, LK_SHARED);
  /* seeds of the fuzz target's -shared mode (see tests/fuzz/fuzz_link.c):
   * "#vs" and the version script, alone or followed by libshmut.o */
  char *o = fmt("%s/libshmut.o", dir);
  Bytes obj = read_file(o);
  for (int k = 0; k < 2; k++) {
    char *fp = fmt("%s/%s", dir, k ? "fuzz-shared-object.vs" : "fuzz-shared-script.vs");
    size_t n = 4 + map.n + (k ? obj.n : 0);
    uint8_t *b = xmalloc(n);
    memcpy(b, "#vs\n", 4);
    memcpy(b + 4, map.d, map.n);
    if (k) memcpy(b + 4 + map.n, obj.d, obj.n);
    write_file(fp, b, n);
    free(b);
    free(fp);
  }
  free(obj.d);
  free(map.d);
  free(o);
  free(ms);
  free(md);
}

/* ------------------------------------------------------ byte access */

static uint64_t get(const uint8_t *d, size_t off, int w) {
  uint64_t v = 0;
  memcpy(&v, d + off, (size_t)w);
  return v;
}
static void set(uint8_t *d, size_t off, int w, uint64_t v) { memcpy(d + off, &v, (size_t)w); }
static uint32_t get_be32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static void set_be32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)(v >> 24);
  p[1] = (uint8_t)(v >> 16);
  p[2] = (uint8_t)(v >> 8);
  p[3] = (uint8_t)v;
}
static uint64_t mask_of(int w) { return w >= 8 ? UINT64_MAX : (1ULL << (8 * w)) - 1; }

/* ------------------------------------------------------- ELF views */

#define SHT_PROGBITS 1
#define SHT_SYMTAB 2
#define SHT_STRTAB 3
#define SHT_RELA 4
#define SHT_NOBITS 8
#define SHT_GROUP 17
#define SHT_DYNAMIC 6
#define SHT_DYNSYM 11
#define SHT_GNU_VERDEF 0x6ffffffd
#define SHT_GNU_VERNEED 0x6ffffffe
#define SHT_GNU_VERSYM 0x6fffffff

/* A valid ELF64 relocatable at [base, base+size) of the buffer. */
typedef struct {
  size_t base, size;
  uint64_t shoff;
  uint32_t shnum, shstrndx;
} Elf;

static bool elf_view(const uint8_t *d, size_t n, size_t base, size_t size, Elf *e) {
  if (base > n || size > n - base || size < 64 || memcmp(d + base, "\177ELF", 4)) return false;
  e->base = base;
  e->size = size;
  e->shoff = get(d, base + 0x28, 8);
  e->shnum = (uint32_t)get(d, base + 0x3c, 2);
  e->shstrndx = (uint32_t)get(d, base + 0x3e, 2);
  if (!e->shnum || e->shoff > size || (uint64_t)e->shnum * 64 > size - e->shoff || e->shstrndx >= e->shnum) return false;
  return true;
}
static size_t sh(const Elf *e, uint32_t i) { return e->base + e->shoff + 64 * (size_t)i; }
static uint64_t sh_get(const uint8_t *d, const Elf *e, uint32_t i, int off, int w) { return get(d, sh(e, i) + (size_t)off, w); }

static const char *sec_name(const uint8_t *d, const Elf *e, uint32_t i) {
  static char buf[64];
  uint64_t so = sh_get(d, e, e->shstrndx, 0x18, 8), ss = sh_get(d, e, e->shstrndx, 0x20, 8);
  uint64_t nm = sh_get(d, e, i, 0, 4);
  if (so > e->size || ss > e->size - so || nm >= ss) return "?";
  const char *s = (const char *)d + e->base + so + nm;
  size_t max = (size_t)(ss - nm);
  snprintf(buf, sizeof(buf), "%.*s", (int)strnlen(s, max < 40 ? max : 40), s);
  return buf[0] ? buf : "\"\"";
}

/* indices of sections of a type (or all, type -1), at most max */
static int find_secs(const uint8_t *d, const Elf *e, int64_t type, const char *name, uint32_t *out, int max) {
  int n = 0;
  for (uint32_t i = 1; i < e->shnum && n < max; i++) {
    if (type >= 0 && sh_get(d, e, i, 4, 4) != (uint64_t)type) continue;
    if (name && strcmp(sec_name(d, e, i), name)) continue;
    out[n++] = i;
  }
  return n;
}

/* ------------------------------------------------------ archive views */

typedef struct {
  size_t hdr, data, size;
  char name[64];
  bool special;
} ArMember;

static int ar_members(const uint8_t *d, size_t n, ArMember *out, int max) {
  bool thin = n >= 8 && !memcmp(d, "!<thin>\n", 8);
  size_t off = 8;
  const char *lnames = NULL;
  size_t lsize = 0;
  int k = 0;
  while (off + 60 <= n && k < max) {
    char szf[11];
    memcpy(szf, d + off + 48, 10);
    szf[10] = 0;
    size_t size = (size_t)strtoull(szf, NULL, 10);
    ArMember *m = &out[k++];
    memset(m, 0, sizeof(*m));
    m->hdr = off;
    m->data = off + 60;
    m->size = size;
    const char *nm = (const char *)d + off;
    bool is_long = !memcmp(nm, "//              ", 16);
    m->special = !memcmp(nm, "/               ", 16) || !memcmp(nm, "/SYM64/", 7) || is_long;
    if (is_long) {
      lnames = (const char *)d + m->data;
      lsize = size;
    }
    if (m->special) {
      snprintf(m->name, sizeof(m->name), "%s", is_long ? "//" : "/");
    } else if (nm[0] == '/' && lnames) {
      size_t lo = (size_t)strtoull(nm + 1, NULL, 10);
      size_t j = 0;
      while (lo + j < lsize && lnames[lo + j] != '/' && lnames[lo + j] != '\n' && j < sizeof(m->name) - 1) {
        m->name[j] = lnames[lo + j];
        j++;
      }
    } else {
      size_t j = 0;
      while (j < 16 && nm[j] != '/' && nm[j] != ' ') {
        m->name[j] = nm[j];
        j++;
      }
    }
    size_t adv = thin && !m->special ? 0 : size;
    off = m->data + adv;
    off += off & 1;
  }
  return k;
}

/* ---------------------------------------------------------- mutations */

typedef struct {
  Rng *r;
  uint8_t *d;    /* the whole file (mutable) */
  size_t n;
  bool so;       /* a shared object: the dynamic structures are the targets */
  char desc[600];
} Mut;

static void say(Mut *m, const char *f, ...) {
  size_t l = strlen(m->desc);
  va_list ap;
  va_start(ap, f);
  vsnprintf(m->desc + l, sizeof(m->desc) - l, f, ap);
  va_end(ap);
}

/* A value for a field of width w holding `cur`, in a container of `size`
 * bytes: the boundary values first, then neighbours and noise. */
static uint64_t boundary(Rng *r, uint64_t cur, uint64_t size, int w) {
  uint64_t c[] = {0, 1, 0xffffffffULL, 1ULL << 63, size - 1, size + 1, size, cur + 1, cur - 1,
                  UINT64_MAX, 0x7fffffffULL, 0x80000000ULL, cur ^ (1ULL << below(r, 8 * (unsigned)w)), rnd(r),
                  cur * 2 + 1, 2, 4, 8};
  uint64_t v = c[below(r, sizeof(c) / sizeof(c[0]))];
  /* the six values named in the plan are the most likely */
  if (chance(r, 50)) {
    uint64_t b[] = {0, 1, 0xffffffffULL, 1ULL << 63, size - 1, size + 1};
    v = b[below(r, 6)];
  }
  return v & mask_of(w);
}

static void edit(Mut *m, size_t off, int w, uint64_t v, const char *what) {
  uint64_t old = get(m->d, off, w);
  set(m->d, off, w, v & mask_of(w));
  say(m, "%s = 0x%llx (was 0x%llx)", what, (unsigned long long)(v & mask_of(w)), (unsigned long long)old);
}

static void mut_truncate(Mut *m, const Elf *e) {
  size_t at;
  int how = (int)below(m->r, 4);
  if (how == 0 || !e) at = (size_t)below(m->r, m->n);
  else if (how == 1) at = (size_t)below(m->r, m->n < 80 ? m->n : 80);
  else if (how == 2) at = m->n - 1 - (size_t)below(m->r, m->n < 24 ? m->n : 24);
  else {
    /* inside the section header table or a section's contents */
    uint32_t i = (uint32_t)below(m->r, e->shnum);
    size_t start = i == 0 ? sh(e, 0) : e->base + (size_t)sh_get(m->d, e, i, 0x18, 8);
    at = start + (size_t)below(m->r, 64);
    if (at >= m->n) at = (size_t)below(m->r, m->n);
  }
  say(m, "truncated to %zu of %zu bytes", at, m->n);
  m->n = at;
}

/* The sections weld reads in a shared object (0 when none). */
static uint32_t pick_dyn_sec(Mut *m, const Elf *e) {
  uint32_t c[16];
  int n = 0;
  for (uint32_t i = 1; i < e->shnum && n < 16; i++) {
    uint64_t t = sh_get(m->d, e, i, 4, 4);
    if (t == SHT_DYNSYM || t == SHT_DYNAMIC || t == SHT_GNU_VERSYM || t == SHT_GNU_VERDEF || t == SHT_GNU_VERNEED ||
        (t == SHT_STRTAB && i != e->shstrndx))
      c[n++] = i;
  }
  return n ? c[below(m->r, (uint64_t)n)] : 0;
}

static void mut_bitflip(Mut *m, const Elf *e) {
  int k = 1 + (int)below(m->r, 8);
  size_t lo = 0, len = m->n;
  if (e && chance(m->r, 60)) {
    /* within one structure: the ELF header, the section headers or a section */
    uint32_t i = (uint32_t)below(m->r, e->shnum + 1);
    if (m->so && chance(m->r, 60) && pick_dyn_sec(m, e)) i = pick_dyn_sec(m, e);
    if (i == e->shnum) {
      lo = e->base;
      len = 64;
      say(m, "in the ELF header: ");
    } else if (i == 0) {
      lo = sh(e, 0);
      len = 64 * (size_t)e->shnum;
      say(m, "in the section header table: ");
    } else {
      uint64_t so = sh_get(m->d, e, i, 0x18, 8), ss = sh_get(m->d, e, i, 0x20, 8);
      if (sh_get(m->d, e, i, 4, 4) != SHT_NOBITS && ss > 0 && so < e->size && ss <= e->size - so) {
        lo = e->base + (size_t)so;
        len = (size_t)ss;
        say(m, "in section #%u (%s): ", i, sec_name(m->d, e, i));
      }
    }
  }
  say(m, "%d bit flip(s) at", k);
  for (int j = 0; j < k; j++) {
    size_t at = lo + (size_t)below(m->r, len);
    int bit = (int)below(m->r, 8);
    m->d[at] ^= (uint8_t)(1u << bit);
    say(m, " 0x%zx:%d", at, bit);
  }
}

static void mut_ehdr(Mut *m, const Elf *e) {
  if (m->so && chance(m->r, 30)) {
    /* e_ident: class (32-bit), byte order, version, OS ABI */
    static const struct {
      const char *name;
      int off;
    } id[] = {{"EI_CLASS", 4}, {"EI_DATA", 5}, {"EI_VERSION", 6}, {"EI_OSABI", 7}, {"EI_ABIVERSION", 8}};
    static const uint64_t c[] = {0, 1, 2, 3, 0x80, 0xff};
    int k = chance(m->r, 50) ? 0 : (int)below(m->r, 5);
    edit(m, e->base + (size_t)id[k].off, 1, c[below(m->r, 6)], id[k].name);
    return;
  }
  static const struct {
    const char *name;
    int off, w;
  } f[] = {{"e_shoff", 0x28, 8}, {"e_shnum", 0x3c, 2}, {"e_shstrndx", 0x3e, 2},
           {"e_shentsize", 0x3a, 2}, {"e_type", 0x10, 2}, {"e_machine", 0x12, 2}};
  int k = (int)below(m->r, 6);
  size_t off = e->base + (size_t)f[k].off;
  uint64_t cur = get(m->d, off, f[k].w), v = boundary(m->r, cur, e->size, f[k].w);
  int s = (int)below(m->r, 10);
  if (k == 1 && s < 3) {
    /* extended numbering: e_shnum = 0 and the count in section 0's sh_size */
    uint64_t c[] = {0, 1, e->shnum, e->shnum + 1ULL, e->shnum - 1ULL, 0xffffffffULL, 1ULL << 58, UINT64_MAX / 64 + 1};
    edit(m, off, 2, 0, "e_shnum");
    say(m, ", ");
    edit(m, sh(e, 0) + 0x20, 8, c[below(m->r, 8)], "shdr[0].sh_size");
    return;
  }
  if (k == 2 && s < 3) {
    uint64_t c[] = {0, 1, e->shstrndx, e->shnum, e->shnum - 1ULL, 0xffffffffULL, 0xffff};
    edit(m, off, 2, 0xffff, "e_shstrndx");
    say(m, ", ");
    edit(m, sh(e, 0) + 0x28, 4, c[below(m->r, 7)], "shdr[0].sh_link");
    return;
  }
  if (s < 5) {
    uint64_t c[][6] = {{e->size, e->size - 64, e->shoff + 1, e->shoff - 64, e->shoff + 8, 64},
                       {e->shnum + 1ULL, e->shnum - 1ULL, 0xff00, 0xffff, 0, 1},
                       {0xffff, e->shnum, e->shnum - 1ULL, 0xfff1, 0, 2},
                       {0, 1, 40, 63, 65, 128},
                       {0, 1, 2, 3, 4, 0xfe00},
                       {0, 3, 62, 183, 40, 0xffff}};
    v = c[k][below(m->r, 6)];
  }
  edit(m, off, f[k].w, v, f[k].name);
}

static uint32_t pick_sec(Mut *m, const Elf *e) {
  if (chance(m->r, 8)) return 0;
  if (m->so && chance(m->r, 65)) {
    uint32_t i = pick_dyn_sec(m, e);
    if (i) return i;
  }
  return 1 + (uint32_t)below(m->r, e->shnum - 1);
}

static void mut_shdr(Mut *m, const Elf *e) {
  static const struct {
    const char *name;
    int off, w;
  } f[] = {{"sh_offset", 0x18, 8}, {"sh_size", 0x20, 8},   {"sh_link", 0x28, 4},  {"sh_info", 0x2c, 4},
           {"sh_entsize", 0x38, 8}, {"sh_addralign", 0x30, 8}, {"sh_type", 4, 4}, {"sh_name", 0, 4},
           {"sh_flags", 8, 8}};
  uint32_t i = pick_sec(m, e);
  int k = (int)below(m->r, 9);
  size_t off = sh(e, i) + (size_t)f[k].off;
  uint64_t cur = get(m->d, off, f[k].w);
  uint64_t so = sh_get(m->d, e, i, 0x18, 8), ss = sh_get(m->d, e, i, 0x20, 8);
  uint64_t v = boundary(m->r, cur, e->size, f[k].w);
  if (chance(m->r, 50)) switch (k) {
    case 0: {
      uint64_t c[] = {e->size - ss + 1, e->size - ss, so + 1, so + 2, e->shoff, e->size};
      v = c[below(m->r, 6)];
      break;
    }
    case 1: {
      uint64_t c[] = {ss + 1, ss - 1, e->size - so, e->size - so + 1, ss + 24, ss - 24, 1ULL << 40, (1ULL << 40) + 1};
      v = c[below(m->r, 8)];
      break;
    }
    case 2: case 3: {
      uint32_t syms[1];
      uint64_t sym = find_secs(m->d, e, m->so ? SHT_DYNSYM : SHT_SYMTAB, NULL, syms, 1) ? syms[0] : 1;
      uint64_t c[] = {0, e->shnum, e->shnum - 1ULL, sym, i, below(m->r, e->shnum), 0xffff, 0xffffffff};
      v = c[below(m->r, 8)];
      break;
    }
    case 4: {
      uint64_t c[] = {0, 1, 3, 8, 16, 24, 23, 25, 0xffffffff, 1ULL << 63};
      v = c[below(m->r, 10)];
      break;
    }
    case 5: {
      uint64_t c[] = {0, 1, 3, 6, 4096, 1ULL << 30, 1ULL << 31, 1ULL << 63, 0x8000000000000001ULL};
      v = c[below(m->r, 9)];
      break;
    }
    case 6: {
      uint64_t c[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15, 16, 17, 18, 0x70000001, 0x6fff4c03, 0x6ffffff6, 0xffffffff,
                      SHT_GNU_VERDEF, SHT_GNU_VERNEED, SHT_GNU_VERSYM, SHT_DYNSYM, SHT_DYNAMIC, 0x6ffffff5};
      v = c[below(m->r, m->so ? 26 : 20)];
      break;
    }
    case 7: {
      uint64_t st = sh_get(m->d, e, e->shstrndx, 0x20, 8);
      uint64_t c[] = {st, st - 1, st + 1, 0, cur + 1, below(m->r, st)};
      v = c[below(m->r, 6)];
      break;
    }
    case 8: {
      /* SHF_WRITE ALLOC EXECINSTR MERGE STRINGS INFO_LINK LINK_ORDER GROUP TLS COMPRESSED EXCLUDE */
      static const uint64_t bits[] = {1, 2, 4, 0x10, 0x20, 0x40, 0x80, 0x200, 0x400, 0x800, 0x80000000};
      v = cur ^ bits[below(m->r, 11)];
      if (chance(m->r, 20)) v = 0x30; /* MERGE|STRINGS */
      break;
    }
    }
  char what[96];
  snprintf(what, sizeof(what), "shdr[%u] (%s).%s", i, i ? sec_name(m->d, e, i) : "null", f[k].name);
  edit(m, off, f[k].w, v, what);
}

static bool symtab_of(const uint8_t *d, const Elf *e, uint32_t *idx, uint64_t *nsyms, uint64_t *strsz, int64_t type) {
  uint32_t s[1];
  if (!find_secs(d, e, type, NULL, s, 1)) return false;
  *idx = s[0];
  *nsyms = sh_get(d, e, s[0], 0x20, 8) / 24;
  uint32_t link = (uint32_t)sh_get(d, e, s[0], 0x28, 4);
  *strsz = link < e->shnum ? sh_get(d, e, link, 0x20, 8) : 0;
  return *nsyms > 0;
}

static bool mut_sym(Mut *m, const Elf *e) {
  uint32_t si;
  uint64_t nsyms, strsz;
  if (!symtab_of(m->d, e, &si, &nsyms, &strsz, m->so ? SHT_DYNSYM : SHT_SYMTAB)) return false;
  uint64_t i = chance(m->r, 8) ? 0 : 1 + below(m->r, nsyms - 1);
  size_t base = e->base + (size_t)sh_get(m->d, e, si, 0x18, 8) + 24 * (size_t)i;
  static const struct {
    const char *name;
    int off, w;
  } f[] = {{"st_name", 0, 4}, {"st_info", 4, 1}, {"st_shndx", 6, 2}, {"st_value", 8, 8}, {"st_size", 16, 8}, {"st_other", 5, 1}};
  int k = (int)below(m->r, 6);
  uint64_t cur = get(m->d, base + (size_t)f[k].off, f[k].w);
  uint16_t shndx = (uint16_t)get(m->d, base + 6, 2);
  uint64_t secsz = shndx && shndx < e->shnum ? sh_get(m->d, e, shndx, 0x20, 8) : e->size;
  uint64_t v = boundary(m->r, cur, k == 0 ? strsz : secsz, f[k].w);
  if (chance(m->r, 60)) switch (k) {
    case 0: {
      uint64_t c[] = {strsz, strsz - 1, strsz + 1, 0, 0xffffffff, below(m->r, strsz)};
      v = c[below(m->r, 6)];
      break;
    }
    case 1: {
      int bind = (int)(cur >> 4), type = (int)(cur & 15);
      static const int binds[] = {0, 1, 2, 10, 13, 15};
      static const int types[] = {0, 1, 2, 3, 4, 5, 6, 10, 15};
      if (chance(m->r, 50)) bind = binds[below(m->r, 6)];
      else type = types[below(m->r, 9)];
      v = (uint64_t)(bind << 4 | type);
      break;
    }
    case 2: {
      uint32_t rel[4], grp[1];
      int nr = find_secs(m->d, e, SHT_RELA, NULL, rel, 4), ng = find_secs(m->d, e, SHT_GROUP, NULL, grp, 1);
      uint64_t c[] = {0, 0xfff1, 0xfff2, 0xffff, e->shnum, e->shnum - 1ULL, 0xff00, 0xff1f, 0xfff3,
                      below(m->r, e->shnum), si, nr ? rel[0] : 0xffff, ng ? grp[0] : 0xfff2, e->shstrndx};
      v = c[below(m->r, 14)];
      break;
    }
    case 3: case 4: {
      uint64_t c[] = {secsz, secsz + 1, secsz - 1, 3, 1ULL << 63, UINT64_MAX, (1ULL << 40) + 1, 0x80000000};
      v = c[below(m->r, 8)];
      break;
    }
    default:
      v = below(m->r, 4) | (chance(m->r, 30) ? rnd(m->r) & 0xfc : 0);
    }
  char what[96];
  snprintf(what, sizeof(what), "%s #%llu.%s", m->so ? "dynamic symbol" : "symbol", (unsigned long long)i, f[k].name);
  edit(m, base + (size_t)f[k].off, f[k].w, v, what);
  return true;
}

static bool mut_rela(Mut *m, const Elf *e) {
  uint32_t rs[16];
  int nr = find_secs(m->d, e, SHT_RELA, NULL, rs, 16);
  if (!nr) return false;
  uint32_t ri = rs[below(m->r, (uint64_t)nr)];
  uint64_t cnt = sh_get(m->d, e, ri, 0x20, 8) / 24;
  if (!cnt) return false;
  uint32_t si;
  uint64_t nsyms = 0, strsz;
  symtab_of(m->d, e, &si, &nsyms, &strsz, SHT_SYMTAB);
  uint32_t tgt = (uint32_t)sh_get(m->d, e, ri, 0x2c, 4);
  uint64_t tsz = tgt < e->shnum ? sh_get(m->d, e, tgt, 0x20, 8) : 0;
  uint64_t k = below(m->r, cnt);
  size_t base = e->base + (size_t)sh_get(m->d, e, ri, 0x18, 8) + 24 * (size_t)k;
  char what[96];
  int fld = chance(m->r, 30) ? 2 : (int)below(m->r, 5);
  uint64_t info = get(m->d, base + 8, 8);
  uint32_t sym = (uint32_t)(info >> 32), type = (uint32_t)info;
  snprintf(what, sizeof(what), "%s[%llu].", sec_name(m->d, e, ri), (unsigned long long)k);
  say(m, "%s", what);
  switch (fld) {
  case 0: {
    uint64_t c[] = {0, tsz - 1, tsz - 2, tsz - 4, tsz - 8, tsz, tsz + 1, 0xffffffff, 1ULL << 63, UINT64_MAX,
                    get(m->d, base, 8) + 1, below(m->r, tsz + 1)};
    edit(m, base, 8, c[below(m->r, 12)], "r_offset");
    break;
  }
  case 1: {
    uint64_t c[] = {nsyms, nsyms - 1, 0, 0xffffffff, 0x80000000, sym + 1ULL, below(m->r, nsyms), below(m->r, nsyms),
                    below(m->r, nsyms)};
    uint64_t ns = c[below(m->r, 9)] & 0xffffffff;
    edit(m, base + 8, 8, ns << 32 | type, "r_info (sym)");
    break;
  }
  case 2: {
    static const uint32_t known[] = {0, 1, 2, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                                     25, 26, 27, 29, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 255, 0xffffffff};
    /* GOT, TLS and relaxable types: they depend on the instruction around
     * them and on synthetic sections, so they are picked most often */
    static const uint32_t got_tls[] = {3, 9, 19, 20, 21, 22, 23, 25, 26, 27, 28, 32, 34, 35, 41, 42};
    /* (GOT32 GOTPCREL TLSGD TLSLD DTPOFF32 GOTTPOFF TPOFF32 GOTOFF64 GOTPC32 GOT64 GOTPCREL64
     *  SIZE32 GOTPC32_TLSDESC TLSDESC_CALL GOTPCRELX REX_GOTPCRELX) */
    uint32_t nt = chance(m->r, 50)   ? got_tls[below(m->r, sizeof(got_tls) / sizeof(got_tls[0]))]
                  : chance(m->r, 70) ? known[below(m->r, sizeof(known) / sizeof(known[0]))]
                                     : (uint32_t)rnd(m->r);
    edit(m, base + 8, 8, (uint64_t)sym << 32 | nt, "r_info (type)");
    break;
  }
  case 3: {
    uint64_t c[] = {1ULL << 63, INT64_MAX, 0x7fffffff, (uint64_t)-0x80000000LL, tsz, (uint64_t)-4, rnd(m->r), 1ULL << 32};
    edit(m, base + 16, 8, c[below(m->r, 8)], "r_addend");
    break;
  }
  default: {
    uint64_t ns = below(m->r, nsyms + 2);
    uint32_t nt = (uint32_t)below(m->r, 45);
    edit(m, base + 8, 8, ns << 32 | nt, "r_info (sym and type)");
    break;
  }
  }
  return true;
}

static bool mut_ehframe(Mut *m, const Elf *e) {
  uint32_t ehs[2];
  if (!find_secs(m->d, e, -1, ".eh_frame", ehs, 2)) return false;
  uint32_t i = ehs[0];
  uint64_t so = sh_get(m->d, e, i, 0x18, 8), ss = sh_get(m->d, e, i, 0x20, 8);
  if (ss < 8) return false;
  size_t base = e->base + (size_t)so;
  /* records */
  uint64_t recs[64];
  int nrec = 0;
  for (uint64_t off = 0; off + 4 <= ss && nrec < 64;) {
    uint32_t len = (uint32_t)get(m->d, base + off, 4);
    recs[nrec++] = off;
    if (len == 0 || len == 0xffffffff) break;
    off += 4 + (uint64_t)len;
  }
  uint64_t off = recs[below(m->r, (uint64_t)nrec)];
  uint32_t len = (uint32_t)get(m->d, base + off, 4);
  char what[64];
  int kind = (int)below(m->r, 4);
  if (kind == 3) {
    /* repack: every relocated FDE becomes a minimal 12-byte record (length
     * 8, CIE pointer, relocated pc_begin) and the section shrinks to fit;
     * more FDEs per byte than a compiler makes */
    uint32_t rs[16];
    int nr = find_secs(m->d, e, SHT_RELA, NULL, rs, 16);
    for (int k = 0; k < nr; k++) {
      if (sh_get(m->d, e, rs[k], 0x2c, 4) != i) continue;
      uint64_t ro = sh_get(m->d, e, rs[k], 0x18, 8), cnt = sh_get(m->d, e, rs[k], 0x20, 8) / 24;
      if (!cnt || 12 * cnt > ss) break;
      for (uint64_t r = 0; r < cnt; r++) {
        set(m->d, base + 12 * (size_t)r, 4, 8);
        set(m->d, base + 12 * (size_t)r + 4, 4, 12 * r + 4);
        set(m->d, base + 12 * (size_t)r + 8, 4, 0);
        set(m->d, e->base + (size_t)ro + 24 * (size_t)r, 8, 12 * r + 8);
      }
      set(m->d, sh(e, i) + 0x20, 8, 12 * cnt);
      say(m, ".eh_frame repacked as %llu 12-byte FDE records", (unsigned long long)cnt);
      return true;
    }
    kind = 0;
  }
  if (kind == 0 || off + 8 > ss) {
    uint64_t c[] = {0, 1, 3, 4, 0xffffffff, len + 1ULL, len + 4ULL, len - 1ULL, ss - off, ss - off - 3, rnd(m->r) & 0xffff};
    snprintf(what, sizeof(what), ".eh_frame record at 0x%llx length", (unsigned long long)off);
    edit(m, base + (size_t)off, 4, c[below(m->r, 11)], what);
  } else if (kind == 1) {
    uint64_t other = recs[below(m->r, (uint64_t)nrec)];
    uint64_t c[] = {0, 0xffffffff, off + 4, off + 5, off + 8, 1, off + 4 - other, rnd(m->r) & 0xffff, 0x80000000};
    snprintf(what, sizeof(what), ".eh_frame record at 0x%llx CIE id/pointer", (unsigned long long)off);
    edit(m, base + (size_t)off + 4, 4, c[below(m->r, 9)], what);
  } else {
    uint64_t at = off + 8 + below(m->r, (len > 4 ? len - 4 : 1));
    if (at >= ss) at = ss - 1;
    snprintf(what, sizeof(what), ".eh_frame byte 0x%llx", (unsigned long long)at);
    edit(m, base + (size_t)at, 1, rnd(m->r), what);
  }
  return true;
}

static bool mut_group(Mut *m, const Elf *e) {
  uint32_t gs[4];
  int ng = find_secs(m->d, e, SHT_GROUP, NULL, gs, 4);
  if (!ng) return false;
  uint32_t g = gs[below(m->r, (uint64_t)ng)];
  uint64_t so = sh_get(m->d, e, g, 0x18, 8), ss = sh_get(m->d, e, g, 0x20, 8);
  if (ss < 4) return false;
  uint64_t k = below(m->r, ss / 4);
  uint32_t syms[1], rel[1];
  uint64_t sym = find_secs(m->d, e, SHT_SYMTAB, NULL, syms, 1) ? syms[0] : 0;
  uint64_t rl = find_secs(m->d, e, SHT_RELA, NULL, rel, 1) ? rel[0] : 0;
  uint64_t c[] = {0, 1, e->shnum, e->shnum - 1ULL, g, sym, rl, 0xffffffff, below(m->r, e->shnum),
                  get(m->d, e->base + (size_t)so + 4 * (size_t)below(m->r, ss / 4), 4)};
  char what[64];
  snprintf(what, sizeof(what), "group section #%u word %llu", g, (unsigned long long)k);
  edit(m, e->base + (size_t)so + 4 * (size_t)k, 4, c[below(m->r, 10)], what);
  return true;
}

static bool mut_strtab(Mut *m, const Elf *e) {
  uint32_t st[8];
  int n = find_secs(m->d, e, SHT_STRTAB, NULL, st, 8);
  if (!n) return false;
  uint32_t i = st[below(m->r, (uint64_t)n)];
  uint32_t ds[1];
  if (m->so && chance(m->r, 75) && find_secs(m->d, e, SHT_DYNSYM, NULL, ds, 1)) {
    /* .dynstr: the names of symbols, versions, DT_SONAME and DT_NEEDED */
    uint32_t l = (uint32_t)sh_get(m->d, e, ds[0], 0x28, 4);
    if (l && l < e->shnum && sh_get(m->d, e, l, 4, 4) == SHT_STRTAB) i = l;
  }
  uint64_t so = sh_get(m->d, e, i, 0x18, 8), ss = sh_get(m->d, e, i, 0x20, 8);
  if (!ss) return false;
  uint8_t *p = m->d + e->base + so;
  switch (below(m->r, 4)) {
  case 0:
    p[ss - 1] = 'A';
    say(m, "string table #%u (%s): last byte not NUL", i, sec_name(m->d, e, i));
    break;
  case 1:
    say(m, "string table #%u (%s): every byte 'A'", i, sec_name(m->d, e, i));
    memset(p, 'A', (size_t)ss);
    break;
  case 2:
    say(m, "string table #%u (%s): every byte NUL", i, sec_name(m->d, e, i));
    memset(p, 0, (size_t)ss);
    break;
  default: {
    uint64_t at = below(m->r, ss);
    p[at] = chance(m->r, 50) ? 0 : (uint8_t)('!' + below(m->r, 90));
    say(m, "string table #%u (%s): byte 0x%llx = 0x%02x", i, sec_name(m->d, e, i), (unsigned long long)at, p[at]);
  }
  }
  return true;
}

/* archive member header: size field */
static void put_field(uint8_t *p, int w, const char *s) {
  memset(p, ' ', (size_t)w);
  memcpy(p, s, strnlen(s, (size_t)w));
}

static bool mut_ar_size(Mut *m) {
  ArMember ms[32];
  int n = ar_members(m->d, m->n, ms, 32);
  if (!n) return false;
  ArMember *a = &ms[below(m->r, (uint64_t)n)];
  char v[32];
  const char *lit[] = {"0", "1", "9999999999", "-1", "", "1 2", "0x10", "4294967296", " 12", "00000000002"};
  switch (below(m->r, 8)) {
  case 0: snprintf(v, sizeof(v), "%zu", a->size - 1); break;
  case 1: snprintf(v, sizeof(v), "%zu", a->size + 1); break;
  case 2: snprintf(v, sizeof(v), "%zu", m->n); break;
  case 3: snprintf(v, sizeof(v), "%zu", m->n - a->data); break;
  case 4: snprintf(v, sizeof(v), "%zu", m->n - a->data + 1); break;
  case 5: snprintf(v, sizeof(v), "%zu", a->size + 2); break;
  default: snprintf(v, sizeof(v), "%s", lit[below(m->r, 10)]);
  }
  char old[11];
  memcpy(old, m->d + a->hdr + 48, 10);
  old[10] = 0;
  put_field(m->d + a->hdr + 48, 10, v);
  say(m, "member %s at 0x%zx: size field '%s' (was '%s')", a->name, a->hdr, v, old);
  return true;
}

static bool mut_ar_name(Mut *m) {
  ArMember ms[32];
  int n = ar_members(m->d, m->n, ms, 32);
  if (!n) return false;
  ArMember *a = &ms[below(m->r, (uint64_t)n)];
  size_t lns = 0;
  for (int i = 0; i < n; i++)
    if (!strcmp(ms[i].name, "//")) lns = ms[i].size;
  if (chance(m->r, 8)) {
    m->d[a->hdr + 58] = (uint8_t)rnd(m->r);
    say(m, "member %s at 0x%zx: terminator byte 0x%02x", a->name, a->hdr, m->d[a->hdr + 58]);
    return true;
  }
  char v[32];
  const char *lit[] = {"/", "//", "/SYM64/", "__.SYMDEF", "/0", "/99999", "#1/0", "#1/20", "#1/99999",
                       "", "nonexistent.o/", "a.o/", "c.o/", "/-1", "/ 5", "#1/", "/0000000000000001", "AAAAAAAAAAAAAAAA"};
  switch (below(m->r, 6)) {
  case 0: snprintf(v, sizeof(v), "/%zu", lns); break;
  case 1: snprintf(v, sizeof(v), "/%zu", lns ? lns - 1 : 0); break;
  case 2: snprintf(v, sizeof(v), "#1/%zu", a->size); break;
  case 3: snprintf(v, sizeof(v), "#1/%zu", a->size + 1); break;
  default: snprintf(v, sizeof(v), "%s", lit[below(m->r, sizeof(lit) / sizeof(lit[0]))]);
  }
  put_field(m->d + a->hdr, 16, v);
  say(m, "member %s at 0x%zx: name field '%s'", a->name, a->hdr, v);
  return true;
}

static bool mut_ar_index(Mut *m) {
  ArMember ms[32];
  int n = ar_members(m->d, m->n, ms, 32);
  ArMember *ix = NULL;
  for (int i = 0; i < n; i++)
    if (!strcmp(ms[i].name, "/")) ix = &ms[i];
  if (!ix || ix->size < 4) return false;
  uint8_t *p = m->d + ix->data;
  uint32_t cnt = get_be32(p);
  int kind = (int)below(m->r, 3);
  if (kind == 0 || cnt == 0) {
    uint64_t c[] = {0, 1, cnt - 1ULL, cnt + 1ULL, 0xffffffff, 0x40000000, 0x3fffffff, (ix->size - 4) / 4,
                    (ix->size - 4) / 4 + 1, rnd(m->r) & 0xffffffff};
    uint32_t v = (uint32_t)c[below(m->r, 10)];
    set_be32(p, v);
    say(m, "archive index: symbol count %u (was %u)", v, cnt);
  } else if (kind == 1) {
    uint64_t k = below(m->r, cnt);
    if (4 + 4 * k + 4 > ix->size) return false;
    ArMember *o = &ms[below(m->r, (uint64_t)n)];
    uint64_t c[] = {0, 1, 7, 8, m->n - 1, m->n, m->n + 1, 0xffffffff, 0x7fffffff, ix->hdr, o->hdr, o->hdr + 1,
                    o->hdr + 2, o->data, ms[n - 1].hdr + 60};
    uint32_t old = get_be32(p + 4 + 4 * k);
    uint32_t v = (uint32_t)c[below(m->r, 15)];
    set_be32(p + 4 + 4 * k, v);
    say(m, "archive index: entry %llu member offset 0x%x (was 0x%x)", (unsigned long long)k, v, old);
  } else {
    uint64_t names = 4 + 4 * (uint64_t)cnt;
    if (names >= ix->size) return false;
    size_t nl = ix->size - (size_t)names;
    if (chance(m->r, 40)) {
      memset(p + names, 'A', nl);
      say(m, "archive index: no NUL in the name table");
    } else {
      size_t at = (size_t)below(m->r, nl);
      p[names + at] = chance(m->r, 50) ? 0 : (uint8_t)('a' + below(m->r, 26));
      say(m, "archive index: name byte %zu = 0x%02x", at, p[names + at]);
    }
  }
  return true;
}

/* linker script: rewritten from a few forms, names and stray bytes */
static void mut_script(Mut *m) {
  static const char *const forms[] = {"GROUP ( %s )", "INPUT ( %s )", "GROUP ( AS_NEEDED ( %s ) )",
                                      "OUTPUT_FORMAT ( elf64-x86-64 ) GROUP ( %s )", "SEARCH_DIR ( . ) INPUT ( -lthin )",
                                      "%s", "GROUP ( %s", "TARGET ( %s ) GROUP ( libthin.a )",
                                      "OUTPUT_ARCH ( i386:x86-64 ) GROUP ( %s )"};
  static const char *const names[] = {"libthin.a", "", "-l", "-lthin", "libs.ld", "nonexistent.a", "/", "\"libthin.a",
                                      "\"libthin.a\"", "libthin.a libthin.a", "-l:libthin.a", ".", "/*", "( )", "main.o"};
  static const char specials[] = {0, 0, 0, '(', ')', '"', '/', '*', ',', ';', '\n', 1, (char)0xff};
  bool pad = chance(m->r, 50);
  int fi = (int)below(m->r, sizeof(forms) / sizeof(forms[0])), ni = (int)below(m->r, sizeof(names) / sizeof(names[0]));
  char body[256];
  snprintf(body, sizeof(body), forms[fi], names[ni]);
  size_t padn = pad ? 4100 : 0, bl = strlen(body);
  uint8_t *d = xmalloc(padn + bl + 4);
  memset(d, ' ', padn);
  if (pad) d[0] = '\n';
  memcpy(d + padn, body, bl);
  size_t n = padn + bl;
  d[n++] = '\n';
  say(m, "script %s'%s'", pad ? "(4100 blanks first) " : "", body);
  if (chance(m->r, 50)) {
    /* one stray byte (after the padding: the first 4 KiB decide "text") */
    size_t at = padn + (size_t)below(m->r, n - padn + 1);
    char c = specials[below(m->r, sizeof(specials))];
    memmove(d + at + 1, d + at, n - at);
    d[at] = (uint8_t)c;
    n++;
    say(m, " + byte 0x%02x at %zu", (unsigned)(uint8_t)c, at);
  }
  free(m->d);
  m->d = d;
  m->n = n;
}

/* ------------------------------------------------------ version script */

/* A growing byte buffer. */
typedef struct {
  uint8_t *d;
  size_t n, cap;
} Buf;

static void buf_add(Buf *b, const void *p, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (b->n + n + 1 > cap) cap *= 2;
    uint8_t *d = realloc(b->d, cap);
    if (!d) die("out of memory");
    b->d = d;
    b->cap = cap;
  }
  if (n) memcpy(b->d + b->n, p, n);
  b->n += n;
}
static void buf_str(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

/* A token of a version script: 'n' name, 's' "string", 'c' comment, or
 * the character itself for { } ; : */
typedef struct {
  size_t off, len;
  char kind;
} VTok;

#define MAX_VTOKS 512

/* The tokens of d[0, n), roughly as weld's lexer (src/verscript.c) reads
 * them; any other byte is a one-byte name. */
static int vs_tokens(const uint8_t *d, size_t n, VTok *t, int max) {
  int k = 0;
  size_t i = 0;
  while (i < n && k < max) {
    uint8_t c = d[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      i++;
      continue;
    }
    size_t s = i;
    char kind = 'n';
    if (c == '#') {
      while (i < n && d[i] != '\n') i++;
      kind = 'c';
    } else if (c == '/' && i + 1 < n && d[i + 1] == '*') {
      i += 2;
      while (i + 1 < n && !(d[i] == '*' && d[i + 1] == '/')) i++;
      i = i + 2 <= n ? i + 2 : n;
      kind = 'c';
    } else if (c == '"') {
      i++;
      while (i < n && d[i] != '"') i++;
      if (i < n) i++;
      kind = 's';
    } else if (c == '{' || c == '}' || c == ';' || (c == ':' && !(i + 1 < n && d[i + 1] == ':'))) {
      i++;
      kind = (char)c;
    } else {
      while (i < n && d[i] > ' ' && !strchr("{};\"#", d[i]) && !(d[i] == ':' && !(i + 1 < n && d[i + 1] == ':')))
        i += d[i] == ':' ? 2 : 1;
      if (i == s) i++;
      if (i > n) i = n;
    }
    t[k++] = (VTok){s, i - s, kind};
  }
  return k;
}

static bool tok_is(const Mut *m, const VTok *t, const char *w) {
  return t->len == strlen(w) && !memcmp(m->d + t->off, w, t->len);
}

/* The index of the first token from `from` on of `kind` (and text w, if
 * given), or -1. */
static int tok_find(const Mut *m, const VTok *t, int nt, int from, char kind, const char *w) {
  for (int i = from < 0 ? 0 : from; i < nt; i++)
    if (t[i].kind == kind && (!w || tok_is(m, &t[i], w))) return i;
  return -1;
}

/* The "}" that closes the "{" at token i, or -1. */
static int tok_close(const VTok *t, int nt, int i) {
  int depth = 0;
  for (int k = i; k < nt; k++) {
    if (t[k].kind == '{') depth++;
    if (t[k].kind == '}' && --depth == 0) return k;
  }
  return -1;
}

/* m->d becomes d[0, a) + ins[0, insn) + d[b, n). */
static void vs_splice(Mut *m, size_t a, size_t b, const void *ins, size_t insn) {
  Buf o = {0};
  buf_add(&o, m->d, a);
  buf_add(&o, ins, insn);
  buf_add(&o, m->d + b, m->n - b);
  free(m->d);
  m->d = o.d;
  m->n = o.n;
}
static void vs_splice_str(Mut *m, size_t a, size_t b, const char *s) { vs_splice(m, a, b, s, strlen(s)); }

/* A token's text for a description (at most 24 bytes, control bytes as ?). */
static const char *tok_text(const Mut *m, const VTok *t) {
  static char buf[4][32];
  static int slot;
  char *s = buf[slot++ & 3];
  size_t n = t->len < 24 ? t->len : 24, k = 0;
  for (size_t i = 0; i < n; i++) s[k++] = m->d[t->off + i] >= ' ' && m->d[t->off + i] < 0x7f ? (char)m->d[t->off + i] : '?';
  s[k] = 0;
  return s;
}

/* A token boundary (the start or end of a token), or a random offset. */
static size_t vs_spot(Mut *m, const VTok *t, int nt) {
  if (!nt || chance(m->r, 15)) return (size_t)below(m->r, m->n + 1);
  const VTok *x = &t[below(m->r, (uint64_t)nt)];
  return chance(m->r, 50) ? x->off : x->off + x->len;
}

enum { VS_DELETE, VS_DUP, VS_SWAP, VS_TRUNC, VS_BRACE, VS_QUOTE, VS_HUGE, VS_NUL, VS_NEST, VS_LABELS, VS_PARENT,
       VS_GLOBLOCAL, VS_RANDOM, VS_STRUCT, NVS };
static const unsigned vs_weight[NVS] = {9, 6, 6, 5, 8, 7, 6, 6, 6, 9, 8, 7, 6, 11};

/* A name of `len` bytes made of `unit` (cut to fit). */
static void huge_name(Buf *b, const char *unit, size_t len) {
  size_t ul = strlen(unit), k = 0;
  while (k + ul <= len) {
    buf_add(b, unit, ul);
    k += ul;
  }
  buf_add(b, unit, len - k);
}

/* One version-script mutation of the text in m (libshmut.map): token
 * edits, broken nesting and quoting, huge names, NUL and random bytes, and
 * the grammar's and the cross-node rules' error cases. */
static void mut_verscript_once(Mut *m) {
  static VTok t[MAX_VTOKS];
  int nt = vs_tokens(m->d, m->n, t, MAX_VTOKS);
  int k = pick_w(m->r, vs_weight, NVS);
  if (!nt && k != VS_RANDOM && k != VS_NUL && k != VS_STRUCT) k = VS_RANDOM;
  /* the seed's structure: its first node's "{" and "}", its label tokens
   * and the parent after the second node */
  int open1 = tok_find(m, t, nt, 0, '{', NULL), close1 = open1 >= 0 ? tok_close(t, nt, open1) : -1;
  int open2 = close1 >= 0 ? tok_find(m, t, nt, close1 + 1, '{', NULL) : -1;
  int close2 = open2 >= 0 ? tok_close(t, nt, open2) : -1;
  switch (k) {
  case VS_DELETE: {
    int i = (int)below(m->r, (uint64_t)nt), c = 1 + (int)below(m->r, 3);
    if (chance(m->r, 40)) {
      /* a structural token */
      static const char kinds[] = "{};:s";
      int j = tok_find(m, t, nt, (int)below(m->r, (uint64_t)nt), kinds[below(m->r, 5)], NULL);
      if (j >= 0) i = j, c = 1;
    }
    if (i + c > nt) c = nt - i;
    say(m, "deleted %d token(s) from #%d ('%s')", c, i, tok_text(m, &t[i]));
    vs_splice(m, t[i].off, t[i + c - 1].off + t[i + c - 1].len, "", 0);
    break;
  }
  case VS_DUP: {
    int i = (int)below(m->r, (uint64_t)nt), c = 1 + (int)below(m->r, 4);
    if (i + c > nt) c = nt - i;
    size_t a = t[i].off, b = t[i + c - 1].off + t[i + c - 1].len;
    Buf o = {0};
    buf_str(&o, " ");
    buf_add(&o, m->d + a, b - a);
    int times = chance(m->r, 10) ? 1000 : 1;
    say(m, "%d token(s) from #%d ('%s') repeated %s", c, i, tok_text(m, &t[i]), times > 1 ? "1000 times" : "once");
    Buf all = {0};
    for (int r = 0; r < times; r++) buf_add(&all, o.d, o.n);
    vs_splice(m, b, b, all.d, all.n);
    free(o.d);
    free(all.d);
    break;
  }
  case VS_SWAP: {
    int i = (int)below(m->r, (uint64_t)nt), j = chance(m->r, 50) && i + 1 < nt ? i + 1 : (int)below(m->r, (uint64_t)nt);
    if (i > j) {
      int x = i;
      i = j;
      j = x;
    }
    if (i == j) j = i + 1 < nt ? i + 1 : i;
    say(m, "swapped tokens #%d ('%s') and #%d ('%s')", i, tok_text(m, &t[i]), j, tok_text(m, &t[j]));
    if (i == j) break;
    Buf o = {0};
    buf_add(&o, m->d, t[i].off);
    buf_add(&o, m->d + t[j].off, t[j].len);
    buf_add(&o, m->d + t[i].off + t[i].len, t[j].off - t[i].off - t[i].len);
    buf_add(&o, m->d + t[i].off, t[i].len);
    buf_add(&o, m->d + t[j].off + t[j].len, m->n - t[j].off - t[j].len);
    free(m->d);
    m->d = o.d;
    m->n = o.n;
    break;
  }
  case VS_TRUNC: {
    size_t at;
    if (chance(m->r, 60)) {
      const VTok *x = &t[below(m->r, (uint64_t)nt)];
      /* inside a token (a string or comment cut open), or after it */
      at = chance(m->r, 50) && x->len > 1 ? x->off + 1 + (size_t)below(m->r, x->len - 1) : x->off + x->len;
    } else {
      at = (size_t)below(m->r, m->n + 1);
    }
    say(m, "truncated to %zu of %zu bytes", at, m->n);
    m->n = at;
    break;
  }
  case VS_BRACE: {
    int how = (int)below(m->r, 4);
    int b = tok_find(m, t, nt, (int)below(m->r, (uint64_t)nt), chance(m->r, 50) ? '{' : '}', NULL);
    if (how == 0 && b >= 0) {
      say(m, "deleted the '%c' at %zu", t[b].kind, t[b].off);
      vs_splice(m, t[b].off, t[b].off + 1, "", 0);
    } else if (how == 1) {
      int s = tok_find(m, t, nt, (int)below(m->r, (uint64_t)nt), ';', NULL);
      if (s < 0) s = nt - 1;
      say(m, "the ';' at %zu became '}'", t[s].off);
      vs_splice_str(m, t[s].off, t[s].off + t[s].len, "}");
    } else {
      static const char *const ins[] = {"{", "}", "{ {", "} }", "{}", "};", "{ ;", "} ;", "{{{{{{{{{{{{{{{{"};
      const char *s = ins[below(m->r, sizeof(ins) / sizeof(ins[0]))];
      size_t at = vs_spot(m, t, nt);
      say(m, "inserted '%s' at %zu", s, at);
      vs_splice_str(m, at, at, s);
    }
    break;
  }
  case VS_QUOTE: {
    int how = (int)below(m->r, 5);
    int s = tok_find(m, t, nt, (int)below(m->r, (uint64_t)nt), 's', NULL);
    int nm = tok_find(m, t, nt, (int)below(m->r, (uint64_t)nt), 'n', NULL);
    if (how == 0 && s >= 0) {
      /* the closing quote goes: the string runs on to the next one */
      say(m, "removed the closing quote of string #%d", s);
      vs_splice(m, t[s].off + t[s].len - 1, t[s].off + t[s].len, "", 0);
    } else if (how == 1 && nm >= 0) {
      size_t at = t[nm].off + (size_t)below(m->r, t[nm].len + 1);
      say(m, "a '\"' inside name '%s' (at %zu)", tok_text(m, &t[nm]), at);
      vs_splice_str(m, at, at, "\"");
    } else if (how == 2 && nm >= 0) {
      static const char *const q[] = {"\"\"", "\"sh_func", "\"sh_func\"\"", "\"sh\nfunc\"", "\"*\"", "\"sh_data\" \"sh_name\"",
                                      "\"C++\"", "\"\\\"\""};
      const char *v = q[below(m->r, sizeof(q) / sizeof(q[0]))];
      say(m, "name '%s' became '%s'", tok_text(m, &t[nm]), v);
      vs_splice_str(m, t[nm].off, t[nm].off + t[nm].len, v);
    } else {
      size_t at = vs_spot(m, t, nt);
      say(m, "a lone '\"' at %zu", at);
      vs_splice_str(m, at, at, "\"");
    }
    break;
  }
  case VS_HUGE: {
    static const size_t lens[] = {255, 4096, 65535, 65536, 1 << 20};
    static const char *const units[] = {"a", "sh_", "*", "*a", "?", "[a-z]", "\\", "::", "x@y"};
    size_t len = lens[below(m->r, 5)];
    if (len == 1 << 20 && chance(m->r, 50)) len = 65537;
    const char *unit = units[below(m->r, sizeof(units) / sizeof(units[0]))];
    int how = (int)below(m->r, 4);
    Buf o = {0};
    if (how == 3) buf_str(&o, "\"");
    huge_name(&o, unit, len);
    if (how == 3) buf_str(&o, "\"");
    int nm = how == 0 && open1 > 0 ? open1 - 1 : tok_find(m, t, nt, (int)below(m->r, (uint64_t)nt), 'n', NULL);
    if (how == 1) {
      /* a new node with the huge name, inheriting VER_1 */
      buf_str(&o, " { sh_hello; } VER_1;\n");
      say(m, "appended a node named %zu x '%s'", len, unit);
      vs_splice(m, m->n, m->n, o.d, o.n);
    } else if (nm >= 0) {
      say(m, "%s '%s' became %s%zu bytes of '%s'", how == 0 ? "the version name" : "name", tok_text(m, &t[nm]),
          how == 3 ? "a quoted " : "", len, unit);
      vs_splice(m, t[nm].off, t[nm].off + t[nm].len, o.d, o.n);
    } else {
      say(m, "prepended %zu bytes of '%s'", len, unit);
      vs_splice(m, 0, 0, o.d, o.n);
    }
    free(o.d);
    break;
  }
  case VS_NUL: {
    int c = 1 + (int)below(m->r, 3);
    size_t at = nt && chance(m->r, 70) ? vs_spot(m, t, nt) : (size_t)below(m->r, m->n + 1);
    static const uint8_t z[3] = {0, 0, 0};
    if (chance(m->r, 40) && at < m->n) {
      say(m, "%d byte(s) at %zu = NUL", c, at);
      size_t e = at + (size_t)c <= m->n ? at + (size_t)c : m->n;
      vs_splice(m, at, e, z, (size_t)c);
    } else {
      say(m, "%d NUL byte(s) inserted at %zu", c, at);
      vs_splice(m, at, at, z, (size_t)c);
    }
    break;
  }
  case VS_NEST: {
    static const int depths[] = {1, 2, 15, 16, 17, 100, 5000, 200000};
    int depth = depths[below(m->r, sizeof(depths) / sizeof(depths[0]))];
    int nm = tok_find(m, t, nt, open1 + 1, 'n', NULL);
    while (nm >= 0 && nm + 1 < nt && t[nm + 1].kind == ':') nm = tok_find(m, t, nt, nm + 2, 'n', NULL);
    bool semi = chance(m->r, 80), unclosed = chance(m->r, 10);
    Buf o = {0};
    for (int d = 0; d < depth; d++) buf_str(&o, d & 1 ? "extern \"C++\" { " : "extern \"C\" { ");
    if (nm >= 0) buf_add(&o, m->d + t[nm].off, t[nm].len);
    else buf_str(&o, "sh_func");
    buf_str(&o, "; ");
    for (int d = unclosed ? 1 : 0; d < depth; d++) buf_str(&o, semi ? "}; " : "} ");
    say(m, "%s nested %d extern blocks deep%s%s", nm >= 0 ? tok_text(m, &t[nm]) : "sh_func", depth,
        semi ? "" : " (no ';' after the '}'s)", unclosed ? ", the outermost not closed" : "");
    if (nm >= 0) vs_splice(m, t[nm].off, t[nm].off + t[nm].len, o.d, o.n);
    else vs_splice(m, m->n, m->n, o.d, o.n);
    free(o.d);
    break;
  }
  case VS_LABELS: {
    static const char *const bodies[] = {
        "local: *; global: sh_func;",          "global: sh_func; global: sh_data;", "local: *; local: sh_func;",
        "sh_func; global: sh_data; local: *;", "sh_func; local: *;",                "global: local: *;",
        "global: ; local: *;",                 "global:",                           "local:",
        "globl: sh_func; local: *;",           "Global: sh_func;",                  "global : sh_func ; local : * ;",
        "global: sh_func; local: *; global: sh_data;", "global: sh_func sh_data; local: *;", ":",
        "global:: sh_func;",                   "local: sh_func; global:",           "global: *; local: *;",
        "local",                               "global: extern \"C\" { local: sh_func; };", "local: global: sh_func;"};
    if (close1 > open1 && open1 >= 0 && chance(m->r, 80)) {
      bool second = close2 > open2 && open2 >= 0 && chance(m->r, 30);
      int o = second ? open2 : open1, c = second ? close2 : close1;
      const char *b = bodies[below(m->r, sizeof(bodies) / sizeof(bodies[0]))];
      say(m, "the body of node %d became '%s'", second ? 2 : 1, b);
      Buf x = {0};
      buf_str(&x, " ");
      buf_str(&x, b);
      buf_str(&x, " ");
      vs_splice(m, t[o].off + 1, t[c].off, x.d, x.n);
      free(x.d);
    } else {
      /* the label words themselves: global and local swapped */
      int g = tok_find(m, t, nt, 0, 'n', "global"), l = tok_find(m, t, nt, 0, 'n', "local");
      if (g >= 0 && l > g) {
        say(m, "'global' (token #%d) and 'local' (#%d) swapped", g, l);
        vs_splice_str(m, t[l].off, t[l].off + t[l].len, "global");
        vs_splice_str(m, t[g].off, t[g].off + t[g].len, "local");
      } else {
        vs_splice_str(m, m->n, m->n, "VER_9 { local: *; global: sh_func; };\n");
        say(m, "appended a node with 'local:' before 'global:'");
      }
    }
    break;
  }
  case VS_PARENT: {
    /* the seed's "} VER_1 ;" after the second node */
    int p = close2 >= 0 && close2 + 1 < nt && t[close2 + 1].kind == 'n' ? close2 + 1 : -1;
    static const char *const parents[] = {"VER_NONE", "VER_2", "VER_1 VER_1", "VER_1 VER_3", "", "\"VER_1\"",
                                          "VER_1 VER_2", "ver_1", "VER_1 extern", "VER_1 {", "*"};
    int how = (int)below(m->r, 5);
    if (how <= 1 && p >= 0) {
      const char *v = parents[below(m->r, sizeof(parents) / sizeof(parents[0]))];
      say(m, "node 2 inherits '%s' (was '%s')", v, tok_text(m, &t[p]));
      vs_splice_str(m, t[p].off, t[p].off + t[p].len, v);
    } else if (how == 2 && close1 >= 0) {
      /* the first node names a parent defined after it, or itself */
      const char *v = chance(m->r, 50) ? " VER_2" : " VER_1";
      say(m, "node 1 inherits%s", v);
      vs_splice_str(m, t[close1].off + 1, t[close1].off + 1, v);
    } else if (how == 3 && close1 >= 0 && close2 > close1 && close2 + 2 < nt) {
      /* the nodes' order swapped: VER_2 comes first and names VER_1, defined later */
      size_t a0 = t[open1 - 1 >= 0 ? open1 - 1 : 0].off, a1 = t[close1 + 1].off + t[close1 + 1].len;
      size_t b0 = t[open2 - 1].off, b1 = t[close2 + 2].off + t[close2 + 2].len;
      if (a1 <= b0) {
        Buf o = {0};
        buf_add(&o, m->d, a0);
        buf_add(&o, m->d + b0, b1 - b0);
        buf_add(&o, m->d + a1, b0 - a1);
        buf_add(&o, m->d + a0, a1 - a0);
        buf_add(&o, m->d + b1, m->n - b1);
        free(m->d);
        m->d = o.d;
        m->n = o.n;
        say(m, "the two nodes swapped (VER_2 first, naming VER_1 defined after it)");
      } else {
        vs_splice_str(m, m->n, m->n, "VER_3 { sh_hello; } VER_MISSING;\n");
        say(m, "appended a node inheriting an unknown node");
      }
    } else {
      static const char *const tails[] = {"VER_3 { sh_hello; } VER_MISSING;\n", "VER_3 { } VER_3;\n",
                                          "VER_3 { sh_x; } VER_2 VER_1 VER_0;\n", "VER_3 { sh_x; } VER_4;\nVER_4 { sh_y; };\n",
                                          "{ sh_x; } VER_1;\n", "VER_3 { sh_x; } VER_1 VER_1 VER_1 VER_1 VER_1 VER_1 VER_1;\n"};
      const char *v = tails[below(m->r, sizeof(tails) / sizeof(tails[0]))];
      say(m, "appended '%.*s'", (int)strcspn(v, "\n"), v);
      vs_splice_str(m, m->n, m->n, v);
    }
    break;
  }
  case VS_GLOBLOCAL: {
    static const char *const tails[] = {
        "VER_3 { local: sh_func; };\n",          "VER_3 { local: sh_tls*; };\n",      "VER_3 { global: *; };\n",
        "VER_3 { local: extern \"C\" { sh_name; }; };\n", "VER_3 { global: sh_weak; local: sh_weak; };\n",
        "VER_3 { local: \"sh_data_ptr\"; };\n",  "VER_3 { local: sh_data_ptr; };\n",  "VER_3 { local: sh_n[a-z]w; };\n",
        "VER_3 { local: extern \"C++\" { sh_ifunc; }; };\n", "VER_3 { sh_func; };\nVER_4 { local: sh_func; } VER_3;\n",
        "VER_3 { local: sh_hello; } VER_2;\n"};
    if (close1 >= 0 && chance(m->r, 30)) {
      /* a name of node 2 also in node 1's local list */
      say(m, "'sh_hello;' added to node 1's local list");
      vs_splice_str(m, t[close1].off, t[close1].off, " sh_hello; ");
    } else {
      const char *v = tails[below(m->r, sizeof(tails) / sizeof(tails[0]))];
      say(m, "appended '%.*s'", (int)strcspn(v, "\n"), v);
      if (chance(m->r, 30)) vs_splice_str(m, 0, 0, v);
      else vs_splice_str(m, m->n, m->n, v);
    }
    break;
  }
  case VS_RANDOM: {
    int how = (int)below(m->r, 4);
    if (how == 3) {
      size_t n = 1 + (size_t)below(m->r, 300);
      uint8_t *d = xmalloc(n);
      for (size_t i = 0; i < n; i++) d[i] = (uint8_t)rnd(m->r);
      say(m, "replaced by %zu random bytes", n);
      free(m->d);
      m->d = d;
      m->n = n;
      break;
    }
    int c = 1 + (int)below(m->r, 16);
    say(m, "%d random byte(s) %s at", c, how == 0 ? "inserted" : "written");
    for (int i = 0; i < c; i++) {
      size_t at = (size_t)below(m->r, m->n + (how == 0));
      uint8_t v = chance(m->r, 50) ? (uint8_t)rnd(m->r) : (uint8_t)"{};:\"#*?[]\\/\n \x7f\x80\xff"[below(m->r, 18)];
      if (how == 0 || at >= m->n) vs_splice(m, at, at, &v, 1);
      else m->d[at] = v;
      say(m, " %zu", at);
    }
    break;
  }
  default: {
    /* the grammar's other corners, and the links they make fail */
    int how = (int)below(m->r, 19);
    Buf o = {0};
    switch (how) {
    case 0:
      /* a duplicate node name */
      if (open2 > 0) {
        say(m, "node 2 renamed VER_1 (a duplicate)");
        vs_splice_str(m, t[open2 - 1].off, t[open2 - 1].off + t[open2 - 1].len, "VER_1");
        break;
      }
      /* fall through */
    case 1:
      say(m, "an anonymous node first");
      vs_splice_str(m, 0, 0, "{ sh_func; };\n");
      break;
    case 2:
      say(m, "only an anonymous node (sh_ver@VER_1 and @@VER_2 name no node)");
      vs_splice_str(m, 0, m->n, "{ global: sh_func; local: *; };\n");
      break;
    case 3:
      if (open1 > 0) {
        /* .symver sh_ver@VER_1 names a version no node defines */
        say(m, "node 1 renamed VER_X");
        vs_splice_str(m, t[open1 - 1].off, t[open1 - 1].off + t[open1 - 1].len, "VER_X");
        break;
      }
      /* fall through */
    case 4:
      say(m, "an empty script");
      m->n = 0;
      break;
    case 5:
      say(m, "an unterminated comment appended");
      vs_splice_str(m, m->n, m->n, "/* VER_3 { sh_x; };");
      break;
    case 6:
      say(m, "wrapped in VERSION { }");
      vs_splice_str(m, m->n, m->n, "\n}\n");
      vs_splice_str(m, 0, 0, "VERSION {\n");
      break;
    case 7: {
      /* the seed has two nodes: weld takes at most 32766 named ones */
      static const long counts[] = {1000, 32763, 32764, 32765};
      long c = counts[below(m->r, 4)];
      for (long i = 0; i < c; i++) {
        char l[64];
        snprintf(l, sizeof(l), "V%ld { sh_n%ld; } %s;\n", i, i, i ? "VER_2" : "");
        buf_str(&o, l);
      }
      say(m, "%ld more nodes appended", c);
      vs_splice(m, m->n, m->n, o.d, o.n);
      break;
    }
    case 8: {
      long c = chance(m->r, 50) ? 50000 : 2000;
      buf_str(&o, "VER_3 { ");
      for (long i = 0; i < c; i++) {
        char l[48];
        snprintf(l, sizeof(l), "%s%ld; ", i & 1 ? "sh_p*" : "sh_p", i);
        buf_str(&o, l);
      }
      buf_str(&o, "} VER_2;\n");
      say(m, "a node of %ld patterns appended", c);
      vs_splice(m, m->n, m->n, o.d, o.n);
      break;
    }
    case 9: {
      static const char *const pats[] = {"sh_[",   "sh_func\\", "sh\\_func", "[]",    "[!]",      "\\",     "::",
                                         "sh_[z-a]", "[[:alpha:]]*", "*[", "**",  "?*?*?*?*", "extern", "global"};
      int nm = tok_find(m, t, nt, open1 + 1, 'n', NULL);
      while (nm >= 0 && nm + 1 < nt && t[nm + 1].kind == ':') nm = tok_find(m, t, nt, nm + 2, 'n', NULL);
      const char *v = pats[below(m->r, sizeof(pats) / sizeof(pats[0]))];
      if (nm >= 0) {
        say(m, "pattern '%s' became '%s'", tok_text(m, &t[nm]), v);
        vs_splice_str(m, t[nm].off, t[nm].off + t[nm].len, v);
      } else {
        say(m, "pattern '%s' prepended", v);
        vs_splice_str(m, 0, 0, v);
      }
      break;
    }
    case 10: {
      static const char *const langs[] = {"\"Java\"", "\"D\"", "\"\"", "\"c\"", "\"c++\"", "C", "\"C++\" \"C\"",
                                          "\"C\" sh_func;", "{ sh_func; };", ";", "\"C\" { }", "\"C\" { ; };"};
      int e = tok_find(m, t, nt, 0, 'n', "extern");
      const char *v = langs[below(m->r, sizeof(langs) / sizeof(langs[0]))];
      if (e >= 0 && e + 1 < nt) {
        say(m, "the first extern's language '%s' became '%s'", tok_text(m, &t[e + 1]), v);
        vs_splice_str(m, t[e + 1].off, t[e + 1].off + t[e + 1].len, v);
      } else {
        say(m, "appended 'VER_3 { extern %s };'", v);
        Buf x = {0};
        buf_str(&x, "VER_3 { extern ");
        buf_str(&x, v);
        buf_str(&x, " };\n");
        vs_splice(m, m->n, m->n, x.d, x.n);
        free(x.d);
      }
      break;
    }
    case 11:
      say(m, "node 1's body emptied");
      if (close1 > open1 && open1 >= 0) vs_splice(m, t[open1].off + 1, t[close1].off, "", 0);
      break;
    case 12: {
      buf_str(&o, "VER_3 { sh_x; }");
      for (int i = 0; i < 1000; i++) buf_str(&o, i & 1 ? " VER_1" : " VER_2");
      buf_str(&o, ";\n");
      say(m, "a node with 1000 parents appended");
      vs_splice(m, m->n, m->n, o.d, o.n);
      break;
    }
    case 13:
      say(m, "only a comment");
      vs_splice_str(m, 0, m->n, chance(m->r, 50) ? "# nothing\n" : "/* nothing */");
      break;
    case 14:
      /* every symbol exported, even the hidden one, in the new node */
      say(m, "a C++ catch-all node appended");
      vs_splice_str(m, m->n, m->n, "VER_3 { global: extern \"C++\" { *; \"sh_hidden\"; }; } VER_2;\n");
      break;
    case 15:
      say(m, "the script doubled");
      buf_add(&o, m->d, m->n);
      vs_splice(m, m->n, m->n, o.d, o.n);
      break;
    case 16:
      say(m, "'VER_1' in node 1 became a quoted string");
      if (open1 > 0) vs_splice_str(m, t[open1 - 1].off, t[open1 - 1].off + t[open1 - 1].len, "\"VER_1\"");
      break;
    case 17: {
      /* a version name with the characters the lexer still takes */
      static const char *const names[] = {"VER@1", "VER_1@@VER_2", "V\x01", "V\xff\xfe", "1", "-", "global", "local",
                                          "extern", "VERSION", "V/x", "\\"};
      const char *v = names[below(m->r, sizeof(names) / sizeof(names[0]))];
      say(m, "appended a node named '%s'", v);
      Buf x = {0};
      buf_str(&x, v);
      buf_str(&x, " { sh_hello; };\n");
      vs_splice(m, m->n, m->n, x.d, x.n);
      free(x.d);
      break;
    }
    default:
      say(m, "CRLF line ends and form feeds");
      for (size_t i = 0; i < m->n; i++)
        if (m->d[i] == '\n') buf_str(&o, "\r\n\f");
        else buf_add(&o, m->d + i, 1);
      free(m->d);
      m->d = o.d;
      m->n = o.n;
      o.d = NULL;
      break;
    }
    free(o.d);
  }
  }
}

/* One mutation, now and then two. */
static void mut_verscript(Mut *m) {
  mut_verscript_once(m);
  if (chance(m->r, 15)) {
    say(m, "; then ");
    mut_verscript_once(m);
  }
}

/* ------------------------------------- shared objects: dynamic structures */

/* The contents of the first section of `type`: index, file offset, size. */
static uint32_t sec_body(const uint8_t *d, const Elf *e, int64_t type, size_t *off, uint64_t *size) {
  uint32_t s[1];
  if (!find_secs(d, e, type, NULL, s, 1)) return 0;
  uint64_t so = sh_get(d, e, s[0], 0x18, 8), ss = sh_get(d, e, s[0], 0x20, 8);
  if (so > e->size || ss > e->size - so) return 0;
  *off = e->base + (size_t)so;
  *size = ss;
  return s[0];
}

/* the size of the string table section i links to (0 if none) */
static uint64_t linked_strsz(const uint8_t *d, const Elf *e, uint32_t i) {
  uint32_t l = (uint32_t)sh_get(d, e, i, 0x28, 4);
  return l && l < e->shnum ? sh_get(d, e, l, 0x20, 8) : 0;
}

/* the number of version definitions (the highest index weld may accept + 1) */
static uint64_t verdef_count(const uint8_t *d, const Elf *e) {
  uint32_t s[1];
  return find_secs(d, e, SHT_GNU_VERDEF, NULL, s, 1) ? sh_get(d, e, s[0], 0x2c, 4) : 0;
}

/* A string offset for a table of strsz bytes holding `cur`. */
static uint64_t str_off(Rng *r, uint64_t cur, uint64_t strsz) {
  uint64_t c[] = {0, strsz - 1, strsz, strsz + 1, 0xffffffff, 0x80000000, below(r, strsz ? strsz : 1), cur + 1,
                  cur - 1, 1};
  return c[below(r, sizeof(c) / sizeof(c[0]))];
}

/* .gnu.version: one entry, or all of them */
static bool mut_versym(Mut *m, const Elf *e) {
  size_t off;
  uint64_t ss;
  if (!sec_body(m->d, e, SHT_GNU_VERSYM, &off, &ss) || ss < 2) return false;
  uint64_t n = ss / 2, nver = verdef_count(m->d, e);
  if (chance(m->r, 8)) {
    uint64_t c[] = {0, 1, 0x7fff, 0xffff, nver + 1, 0x8000, 2};
    uint64_t v = c[below(m->r, 7)];
    for (uint64_t i = 0; i < n; i++) set(m->d, off + 2 * (size_t)i, 2, v);
    say(m, "every .gnu.version entry = 0x%llx", (unsigned long long)v);
    return true;
  }
  uint64_t i = n < 2 || chance(m->r, 6) ? 0 : 1 + below(m->r, n - 1);
  uint64_t cur = get(m->d, off + 2 * (size_t)i, 2);
  uint64_t c[] = {0,      1,      2,      3,          4,       5,       6,        nver,     nver + 1,       0x7ffe,
                  0x7fff, 0x8000, 0x8001, 0x8002,     0x8003,  0xffff,  cur ^ 0x8000, cur + 1, cur - 1, rnd(m->r) & 0xffff};
  char what[64];
  snprintf(what, sizeof(what), ".gnu.version[%llu]", (unsigned long long)i);
  edit(m, off + 2 * (size_t)i, 2, c[below(m->r, sizeof(c) / sizeof(c[0]))], what);
  return true;
}

/* .gnu.version_d: a field of a version definition (Elf64_Verdef, 20 bytes:
 * vd_version 2, vd_flags 2, vd_ndx 2, vd_cnt 2, vd_hash 4, vd_aux 4,
 * vd_next 4) or of one of its names (Elf64_Verdaux, 8 bytes: vda_name 4,
 * vda_next 4), or the section's record count (sh_info) and string table
 * (sh_link) */
static bool mut_verdef(Mut *m, const Elf *e) {
  size_t base;
  uint64_t ss;
  uint32_t vd = sec_body(m->d, e, SHT_GNU_VERDEF, &base, &ss);
  if (!vd || ss < 20) return false;
  uint64_t cnt = sh_get(m->d, e, vd, 0x2c, 4), strsz = linked_strsz(m->d, e, vd);
  uint64_t recs[16], auxs[32], o = 0;
  int nr = 0, na = 0;
  for (uint64_t k = 0; k < cnt && nr < 16 && o + 20 <= ss; k++) {
    recs[nr++] = o;
    uint64_t vcnt = get(m->d, base + (size_t)o + 6, 2), ao = o + get(m->d, base + (size_t)o + 12, 4);
    for (uint64_t j = 0; j < vcnt && na < 32 && ao + 8 <= ss; j++) {
      auxs[na++] = ao;
      uint64_t nx = get(m->d, base + (size_t)ao + 4, 4);
      if (!nx) break;
      ao += nx;
    }
    uint64_t nx = get(m->d, base + (size_t)o + 16, 4);
    if (!nx) break;
    o += nx;
  }
  if (!nr) return false;
  static const unsigned w[] = {3, 2, 14, 6, 1, 10, 12, 12, 6, 6, 3};
  int f = pick_w(m->r, w, 11);
  if (f >= 7 && f <= 8 && !na) f = 5;
  uint64_t r = recs[below(m->r, (uint64_t)nr)], a = na ? auxs[below(m->r, (uint64_t)na)] : 0;
  uint64_t other = recs[below(m->r, (uint64_t)nr)];
  char what[96];
  if (f <= 6) {
    static const struct {
      const char *name;
      int off, w;
    } fl[] = {{"vd_version", 0, 2}, {"vd_flags", 2, 2}, {"vd_ndx", 4, 2}, {"vd_cnt", 6, 2},
              {"vd_hash", 8, 4},    {"vd_aux", 12, 4},  {"vd_next", 16, 4}};
    size_t at = base + (size_t)r + (size_t)fl[f].off;
    uint64_t cur = get(m->d, at, fl[f].w), v = 0, left = ss - r;
    switch (f) {
    case 0: { uint64_t c[] = {0, 2, 0xffff}; v = c[below(m->r, 3)]; break; }
    case 1: { uint64_t c[] = {0, 1, 2, 3, 0xffff}; v = c[below(m->r, 5)]; break; }
    case 2: {
      uint64_t c[] = {0, 1, 2, 3, 4, 5, cnt, cnt + 1, 0x7ffe, 0x7fff, 0x8000, 0x8002, 0xffff,
                      get(m->d, base + (size_t)other + 4, 2)};
      v = c[below(m->r, sizeof(c) / sizeof(c[0]))];
      break;
    }
    case 3: { uint64_t c[] = {0, 1, 2, 3, cur + 1, 0xffff}; v = c[below(m->r, 6)]; break; }
    case 4: v = rnd(m->r); break;
    case 5: {
      uint64_t c[] = {0, 1, 8, 20, 28, left, left - 8, left - 7, 0xffffffff, 0x80000000, cur + 1, cur + 8, other - r};
      v = c[below(m->r, sizeof(c) / sizeof(c[0]))];
      break;
    }
    default: {
      uint64_t c[] = {0, 1, 8, 20, 28, left, left - 20, left - 19, 0xffffffff, 0x80000000, cur + 8, cur - 8, cur + 1};
      v = c[below(m->r, sizeof(c) / sizeof(c[0]))];
    }
    }
    snprintf(what, sizeof(what), ".gnu.version_d record at 0x%llx: %s", (unsigned long long)r, fl[f].name);
    edit(m, at, fl[f].w, v, what);
  } else if (f <= 8) {
    size_t at = base + (size_t)a + (f == 7 ? 0 : 4);
    uint64_t cur = get(m->d, at, 4), v;
    if (f == 7) {
      v = chance(m->r, 20) ? get(m->d, base + (size_t)auxs[below(m->r, (uint64_t)na)], 4) : str_off(m->r, cur, strsz);
    } else {
      uint64_t c[] = {0, 1, 8, 16, ss - a, ss - a - 7, 0xffffffff, cur - 8};
      v = c[below(m->r, 8)];
    }
    snprintf(what, sizeof(what), ".gnu.version_d name entry at 0x%llx: %s", (unsigned long long)a,
             f == 7 ? "vda_name" : "vda_next");
    edit(m, at, 4, v, what);
  } else if (f == 9) {
    uint64_t c[] = {0, 1, cnt - 1, cnt + 1, cnt * 2, 0x7fff, 0xffffffff};
    edit(m, sh(e, vd) + 0x2c, 4, c[below(m->r, 7)], ".gnu.version_d sh_info (record count)");
  } else {
    uint32_t ds[1];
    uint64_t dsym = find_secs(m->d, e, SHT_DYNSYM, NULL, ds, 1) ? ds[0] : 0;
    uint64_t c[] = {0, e->shnum, e->shnum - 1ULL, dsym, e->shstrndx, vd, 0xffffffff};
    edit(m, sh(e, vd) + 0x28, 4, c[below(m->r, 7)], ".gnu.version_d sh_link");
  }
  return true;
}

/* .gnu.version_r: a field of a requirement (Elf64_Verneed, 16 bytes:
 * vn_version 2, vn_cnt 2, vn_file 4, vn_aux 4, vn_next 4) or of one of its
 * versions (Elf64_Vernaux, 16 bytes: vna_hash 4, vna_flags 2, vna_other 2,
 * vna_name 4, vna_next 4), or sh_info / sh_link */
static bool mut_verneed(Mut *m, const Elf *e) {
  size_t base;
  uint64_t ss;
  uint32_t vn = sec_body(m->d, e, SHT_GNU_VERNEED, &base, &ss);
  if (!vn || ss < 16) return false;
  uint64_t cnt = sh_get(m->d, e, vn, 0x2c, 4), strsz = linked_strsz(m->d, e, vn), nver = verdef_count(m->d, e);
  uint64_t recs[16], auxs[32], o = 0;
  int nr = 0, na = 0;
  for (uint64_t k = 0; k < cnt && nr < 16 && o + 16 <= ss; k++) {
    recs[nr++] = o;
    uint64_t vcnt = get(m->d, base + (size_t)o + 2, 2), ao = o + get(m->d, base + (size_t)o + 8, 4);
    for (uint64_t j = 0; j < vcnt && na < 32 && ao + 16 <= ss; j++) {
      auxs[na++] = ao;
      uint64_t nx = get(m->d, base + (size_t)ao + 12, 4);
      if (!nx) break;
      ao += nx;
    }
    uint64_t nx = get(m->d, base + (size_t)o + 12, 4);
    if (!nx) break;
    o += nx;
  }
  if (!nr) return false;
  static const unsigned w[] = {2, 6, 4, 8, 10, 1, 2, 14, 4, 10, 5, 2};
  int f = pick_w(m->r, w, 12);
  if (f >= 5 && f <= 9 && !na) f = 3;
  uint64_t r = recs[below(m->r, (uint64_t)nr)], a = na ? auxs[below(m->r, (uint64_t)na)] : 0;
  char what[96];
  static const struct {
    const char *name;
    int off, w;
  } fl[] = {{"vn_version", 0, 2}, {"vn_cnt", 2, 2},    {"vn_file", 4, 4},   {"vn_aux", 8, 4},
            {"vn_next", 12, 4},   {"vna_hash", 0, 4},  {"vna_flags", 4, 2}, {"vna_other", 6, 2},
            {"vna_name", 8, 4},   {"vna_next", 12, 4}};
  if (f <= 9) {
    uint64_t at0 = f <= 4 ? r : a;
    size_t at = base + (size_t)at0 + (size_t)fl[f].off;
    uint64_t cur = get(m->d, at, fl[f].w), v = 0, left = ss - at0;
    switch (f) {
    case 0: { uint64_t c[] = {0, 2, 0xffff}; v = c[below(m->r, 3)]; break; }
    case 1: { uint64_t c[] = {0, 1, 2, cur + 1, 0xff, 0xffff}; v = c[below(m->r, 6)]; break; }
    case 2: case 8: v = str_off(m->r, cur, strsz); break;
    case 3: case 4: case 9: {
      uint64_t c[] = {0, 1, 16, 32, left, left - 16, left - 15, 0xffffffff, 0x80000000, cur + 16, cur - 16, cur + 1};
      v = c[below(m->r, sizeof(c) / sizeof(c[0]))];
      break;
    }
    case 5: v = rnd(m->r); break;
    case 6: { uint64_t c[] = {0, 1, 2, 0xffff}; v = c[below(m->r, 4)]; break; }
    default: {
      /* the version index: clash with a definition's, out of range, hidden bit */
      uint64_t c[] = {0, 1, 2, 3, 4, 5, 6, nver, nver - 1, 0x7ffe, 0x7fff, 0x8000, 0x8003, 0xffff, cur ^ 0x8000};
      v = c[below(m->r, sizeof(c) / sizeof(c[0]))];
    }
    }
    snprintf(what, sizeof(what), ".gnu.version_r %s at 0x%llx: %s", f <= 4 ? "record" : "entry",
             (unsigned long long)at0, fl[f].name);
    edit(m, at, fl[f].w, v, what);
  } else if (f == 10) {
    uint64_t c[] = {0, 1, cnt - 1, cnt + 1, 0x7fff, 0xffffffff, ss / 16, ss / 16 + 1};
    edit(m, sh(e, vn) + 0x2c, 4, c[below(m->r, 8)], ".gnu.version_r sh_info (record count)");
  } else {
    uint64_t c[] = {0, e->shnum, e->shnum - 1ULL, e->shstrndx, vn, 0xffffffff};
    edit(m, sh(e, vn) + 0x28, 4, c[below(m->r, 6)], ".gnu.version_r sh_link");
  }
  return true;
}

/* .dynamic: a DT_SONAME / DT_NEEDED name offset, an entry's tag or value,
 * no DT_NULL terminator, or every entry DT_NEEDED */
static bool mut_dynamic(Mut *m, const Elf *e) {
  size_t base;
  uint64_t ss;
  uint32_t dy = sec_body(m->d, e, SHT_DYNAMIC, &base, &ss);
  if (!dy || ss < 16) return false;
  uint64_t n = ss / 16, strsz = linked_strsz(m->d, e, dy), names[32], nul = n;
  int nn = 0;
  for (uint64_t k = 0; k < n; k++) {
    uint64_t tag = get(m->d, base + 16 * (size_t)k, 8);
    if (tag == 0) {
      nul = k;
      break;
    }
    if ((tag == 1 || tag == 14) && nn < 32) names[nn++] = k;
  }
  static const unsigned w[] = {40, 22, 10, 6, 12};
  int kind = pick_w(m->r, w, 5);
  if (kind == 0 && !nn) kind = 1;
  char what[96];
  switch (kind) {
  case 0: {
    uint64_t k = names[below(m->r, (uint64_t)nn)];
    size_t at = base + 16 * (size_t)k + 8;
    uint64_t cur = get(m->d, at, 8);
    uint64_t c[] = {1ULL << 32, 1ULL << 63, UINT64_MAX, strsz + 0x100000000ULL};
    uint64_t v = chance(m->r, 25) ? c[below(m->r, 4)] : str_off(m->r, cur, strsz);
    snprintf(what, sizeof(what), ".dynamic[%llu] (%s).d_val", (unsigned long long)k,
             get(m->d, base + 16 * (size_t)k, 8) == 1 ? "DT_NEEDED" : "DT_SONAME");
    edit(m, at, 8, v, what);
    break;
  }
  case 1: {
    uint64_t k = below(m->r, nul < n ? nul + 1 : n);
    static const uint64_t tags[] = {0, 1, 14, 1, 14, 5, 10, 15, 29, 0x6ffffffe, 0x6fffffff, 0x6ffffffc, 0x6ffffffd,
                                    0x6ffffff0, 0x6ffffffb, 30, 0x7fffffff, UINT64_MAX, 0x80000000};
    uint64_t t = tags[below(m->r, sizeof(tags) / sizeof(tags[0]))];
    snprintf(what, sizeof(what), ".dynamic[%llu].d_tag", (unsigned long long)k);
    edit(m, base + 16 * (size_t)k, 8, t, what);
    if ((t == 1 || t == 14) && chance(m->r, 50)) {
      say(m, ", ");
      size_t at = base + 16 * (size_t)k + 8;
      edit(m, at, 8, str_off(m->r, get(m->d, at, 8), strsz), "d_val");
    }
    break;
  }
  case 2: {
    /* no terminator: DT_NULL and everything after it become names */
    uint64_t from = nul < n ? nul : n - 1, t = chance(m->r, 50) ? 1 : 14;
    for (uint64_t k = from; k < n; k++) {
      set(m->d, base + 16 * (size_t)k, 8, t);
      set(m->d, base + 16 * (size_t)k + 8, 8, chance(m->r, 70) ? below(m->r, strsz ? strsz : 1) : rnd(m->r));
    }
    say(m, ".dynamic: entries %llu..%llu (from DT_NULL on) = %s, no terminator", (unsigned long long)from,
        (unsigned long long)n - 1, t == 1 ? "DT_NEEDED" : "DT_SONAME");
    break;
  }
  case 3: {
    uint64_t v = chance(m->r, 50) ? 1 : below(m->r, strsz ? strsz : 1);
    for (uint64_t k = 0; k < n; k++) {
      set(m->d, base + 16 * (size_t)k, 8, 1);
      set(m->d, base + 16 * (size_t)k + 8, 8, v);
    }
    say(m, ".dynamic: all %llu entries DT_NEEDED 0x%llx", (unsigned long long)n, (unsigned long long)v);
    break;
  }
  default: {
    uint64_t k = below(m->r, n);
    size_t at = base + 16 * (size_t)k + 8;
    snprintf(what, sizeof(what), ".dynamic[%llu].d_val", (unsigned long long)k);
    edit(m, at, 8, boundary(m->r, get(m->d, at, 8), e->size, 8), what);
  }
  }
  return true;
}

enum { K_TRUNC, K_BITFLIP, K_EHDR, K_SHDR, K_SYM, K_RELA, K_EHFRAME, K_GROUP, K_STRTAB, K_AR_SIZE, K_AR_NAME, K_AR_INDEX,
       K_SCRIPT, K_VERSYM, K_VERDEF, K_VERNEED, K_DYNAMIC, K_VERSCRIPT, NKINDS };
static const char *const kind_name[NKINDS] = {"truncate", "bitflip", "ehdr",    "shdr",    "sym",      "rela",    "eh_frame",
                                              "group",    "strtab",  "ar-size", "ar-name", "ar-index", "script",
                                              "versym",   "verdef",  "verneed", "dynamic", "verscript"};
static const unsigned kind_weight_obj[NKINDS] = {8, 14, 10, 22, 14, 24, 8, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0};
static const unsigned kind_weight_ar[NKINDS] = {6, 8, 6, 14, 10, 12, 5, 0, 3, 10, 10, 12, 0, 0, 0, 0, 0, 0};
static const unsigned kind_weight_thin[NKINDS] = {12, 14, 0, 0, 0, 0, 0, 0, 0, 20, 24, 30, 0, 0, 0, 0, 0, 0};
static const unsigned kind_weight_script[NKINDS] = {10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0, 0, 0, 0, 0};
/* shared objects: "sym" is .dynsym, "strtab" mostly .dynstr */
static const unsigned kind_weight_so[NKINDS] = {5, 10, 8, 14, 16, 0, 0, 0, 6, 0, 0, 0, 0, 10, 14, 9, 12, 0};
/* the version script: mostly its own grammar-aware edits */
static const unsigned kind_weight_verscript[NKINDS] = {4, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 90};

/* Applies one mutation to the file in m; fills m->desc. */
static void mutate(Mut *m, int target) {
  const unsigned *w = target == T_LIBAB     ? kind_weight_ar
                      : target == T_LIBTHIN ? kind_weight_thin
                      : target == T_SCRIPT  ? kind_weight_script
                      : target == T_VERSCRIPT ? kind_weight_verscript
                      : target == T_SO || target == T_SODEP ? kind_weight_so
                                            : kind_weight_obj;
  m->so = target == T_SO || target == T_SODEP;
  int kind = pick_w(m->r, w, NKINDS);
  Elf e, *ep = NULL;
  if (target == T_LIBAB) {
    ArMember ms[32];
    int n = ar_members(m->d, m->n, ms, 32), obj[32], no = 0;
    for (int i = 0; i < n; i++)
      if (!ms[i].special) obj[no++] = i;
    if (no) {
      ArMember *a = &ms[obj[below(m->r, (uint64_t)no)]];
      if (elf_view(m->d, m->n, a->data, a->size, &e)) ep = &e;
      if (ep && kind >= K_EHDR && kind <= K_STRTAB) say(m, "member %s: ", a->name);
    }
  } else if (target != T_LIBTHIN && target != T_SCRIPT && target != T_VERSCRIPT) {
    if (elf_view(m->d, m->n, 0, m->n, &e)) ep = &e;
  }
  snprintf(m->desc + strlen(m->desc), sizeof(m->desc) - strlen(m->desc), "%s: ", kind_name[kind]);
  bool ok = true;
  switch (kind) {
  case K_TRUNC: mut_truncate(m, ep); break;
  case K_BITFLIP: mut_bitflip(m, ep); break;
  case K_EHDR: ep ? mut_ehdr(m, ep) : (void)(ok = false); break;
  case K_SHDR: ep ? mut_shdr(m, ep) : (void)(ok = false); break;
  case K_SYM: ok = ep && mut_sym(m, ep); break;
  case K_RELA: ok = ep && mut_rela(m, ep); break;
  case K_EHFRAME: ok = ep && mut_ehframe(m, ep); break;
  case K_GROUP: ok = ep && mut_group(m, ep); break;
  case K_STRTAB: ok = ep && mut_strtab(m, ep); break;
  case K_AR_SIZE: ok = mut_ar_size(m); break;
  case K_AR_NAME: ok = mut_ar_name(m); break;
  case K_AR_INDEX: ok = mut_ar_index(m); break;
  case K_SCRIPT: mut_script(m); break;
  case K_VERSYM: ok = ep && mut_versym(m, ep); break;
  case K_VERDEF: ok = ep && mut_verdef(m, ep); break;
  case K_VERNEED: ok = ep && mut_verneed(m, ep); break;
  case K_DYNAMIC: ok = ep && mut_dynamic(m, ep); break;
  case K_VERSCRIPT: mut_verscript(m); break;
  }
  if (!ok) {
    /* the input has nothing of that kind: flip bits instead */
    say(m, "(n/a) ");
    mut_bitflip(m, ep);
  }
}

/* ------------------------------------------------------------- checks */

static const char *const sanitizer_marks[] = {"runtime error:", "AddressSanitizer", "LeakSanitizer",
                                              "UndefinedBehaviorSanitizer", "ERROR: libFuzzer", "MemorySanitizer",
                                              "ThreadSanitizer"};

/* The line of `text` starting at p, copied (at most 160 chars). */
static char *line_at(const char *p) {
  const char *e = strchr(p, '\n');
  size_t n = e ? (size_t)(e - p) : strlen(p);
  return fmt("%.*s", (int)(n > 160 ? 160 : n), p);
}

/* Checks weld's diagnostics on a failed link: stderr starts with
 * "weld: error:" or "weld: warning:" and has a "weld: error:" line.
 * (Only the line starts: a name quoted from the input may hold a newline.)
 * Returns a reason or NULL.  In gcc mode weld's lines come first too. */
static char *check_diag(const char *err, bool gcc) {
  if (!*err) return xstrdup("exit status 1 with nothing on stderr");
  if (strncmp(err, "weld: error:", 12) && strncmp(err, "weld: warning:", 14)) {
    char *l = line_at(err);
    char *r = fmt("stderr does not start with \"weld: error:\" or \"weld: warning:\": %s", l);
    free(l);
    return r;
  }
  if (strncmp(err, "weld: error:", 12) && !strstr(err, "\nweld: error:"))
    return xstrdup(gcc ? "the link failed but weld printed no \"weld: error:\" line"
                       : "exit status 1 without a \"weld: error:\" line");
  return NULL;
}

/* A sanitizer report: a marker in a line that is not one of weld's own
 * (weld quotes names from the input, which may contain anything). */
static const char *sanitizer_line(const char *err) {
  for (const char *p = err; *p;) {
    if (strncmp(p, "weld: ", 6))
      for (size_t i = 0; i < sizeof(sanitizer_marks) / sizeof(sanitizer_marks[0]); i++) {
        const char *e = strchr(p, '\n');
        const char *s = strstr(p, sanitizer_marks[i]);
        if (s && (!e || s < e)) return p;
      }
    const char *nl = strchr(p, '\n');
    if (!nl) break;
    p = nl + 1;
  }
  return NULL;
}

static const char *signame(int s) {
  switch (s) {
  case SIGSEGV: return "SIGSEGV";
  case SIGBUS: return "SIGBUS";
  case SIGABRT: return "SIGABRT";
  case SIGFPE: return "SIGFPE";
  case SIGILL: return "SIGILL";
  case SIGKILL: return "SIGKILL";
  case SIGALRM: return "SIGALRM";
  case SIGTRAP: return "SIGTRAP";
  default: return "?";
  }
}

/* Returns NULL when the run passed, else the reason. */
static char *check(RunResult rr, const char *err, const char *outdir, bool gcc, int timeout) {
  if (rr.timed_out) return fmt("timed out after %d s", timeout);
  const char *sl = sanitizer_line(err);
  if (sl) {
    char *l = line_at(sl);
    char *r = fmt("sanitizer report: %s", l);
    free(l);
    return r;
  }
  if (WIFSIGNALED(rr.status)) return fmt("killed by signal %d (%s)", WTERMSIG(rr.status), signame(WTERMSIG(rr.status)));
  int st = WEXITSTATUS(rr.status);
  if (gcc) {
    const char *t = strstr(err, "terminated with signal");
    if (t) {
      while (t > err && t[-1] != '\n') t--;
      char *l = line_at(t);
      char *r = fmt("%s", l);
      free(l);
      return r;
    }
    const char *q = strstr(err, "ld returned ");
    if (q) {
      int ls = atoi(q + strlen("ld returned "));
      if (ls != 1) return fmt("weld (via gcc -B) exit status %d", ls);
    }
    if (st > 1) return fmt("gcc exit status %d", st);
  } else if (st > 1) {
    const char *ie = strstr(err, "internal error");
    if (ie) {
      while (ie > err && ie[-1] != '\n') ie--;
      char *l = line_at(ie);
      char *r = fmt("exit status %d: %s", st, l);
      free(l);
      return r;
    }
    return fmt("exit status %d", st);
  }
  if (st == 1) {
    char *r = check_diag(err, gcc);
    if (r) return r;
  }
  /* the output directory: OUT only after success, never a temporary */
  DIR *dir = opendir(outdir);
  if (!dir) return fmt("cannot open %s", outdir);
  struct dirent *de;
  bool have_out = false;
  char *bad = NULL;
  while ((de = readdir(dir))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    if (!strcmp(de->d_name, "out")) have_out = true;
    else if (!bad) bad = fmt("left a stray file %s after the link (exit %d)", de->d_name, st);
  }
  closedir(dir);
  if (bad) return bad;
  if (st == 1 && have_out) return xstrdup("the failed link left a file at OUT");
  if (st == 0 && !have_out) return xstrdup("exit status 0 but no file at OUT");
  return NULL;
}

static void clean_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  while ((de = readdir(d)))
    if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) rm_f(dir, de->d_name);
  closedir(d);
}

/* ------------------------------------------------------------ a case */

typedef struct {
  const Config *cfg;
  int id;
  char *dir;      /* work/wN: copies of the inputs */
  char *outdir;   /* work/wN/out */
  char *errpath;  /* work/wN/stderr */
  char last[200]; /* outcome of the last link, for --verbose */
  bool keep_out;  /* leave OUT in place after the link (the baseline runs it) */
} Worker;

static void worker_init(Worker *w, const Config *cfg, int id) {
  w->cfg = cfg;
  w->id = id;
  w->dir = fmt("%s/w%d", cfg->work, id);
  w->outdir = fmt("%s/out", w->dir);
  w->errpath = fmt("%s/stderr", w->dir);
  mkdirs(w->outdir);
  clean_dir(w->outdir);
  for (int t = 0; t < NTARGETS; t++) {
    char *p = fmt("%s/%s", w->dir, target_file[t]);
    write_file(p, cfg->orig[t].d, cfg->orig[t].n);
    free(p);
  }
  char *p = fmt("%s/libfull.a", w->dir);
  write_file(p, cfg->libfull.d, cfg->libfull.n);
  free(p);
  p = fmt("%s/%s", w->dir, dyn_main[LK_NOPIE]);
  write_file(p, cfg->nopie_main.d, cfg->nopie_main.n);
  free(p);
}

static const char *const extra_opts[][3] = {
    {NULL}, {NULL}, {"--gc-sections", NULL}, {"--eh-frame-hdr", NULL}, {"--build-id=sha1", NULL},
    {"--strip-all", NULL}, {"--gc-sections", "--eh-frame-hdr", NULL}, {"--whole-archive", NULL}};

/* for the dynamic links; the --max-symbol-version cap is older than the
 * LIBMUT_2.0 of mut_versioned, so that link fails (names the version) */
static const char *const dyn_extra_opts[][3] = {
    {NULL}, {NULL}, {"--gc-sections", NULL}, {"--export-dynamic", NULL}, {"--hash-style=both", NULL},
    {"--strip-all", NULL}, {"--build-id=sha1", NULL}, {"--max-symbol-version=libmut.so:LIBMUT_1.0", NULL}};

/* for the -shared link (a single-dash option is named "+-OPT" in a
 * failure's file name, see run_case()) */
static const char *const shared_extra_opts[][3] = {
    {NULL}, {NULL}, {"--gc-sections", NULL}, {"--Bsymbolic", NULL}, {"--Bsymbolic-functions", NULL},
    {"--no-undefined", NULL}, {"--hash-style=both", NULL}, {"--strip-all", NULL}, {"--build-id=sha1", NULL},
    {"-znow", NULL}, {"-zpack-relative-relocs", NULL}, {"--gc-sections", "--no-undefined"}};

/* Options of the fuzz-style link of a single file (fuzz_link.c uses the same rule). */
static const char *fuzz_opt(size_t size) {
  switch (size % 3) {
  case 1: return "--gc-sections";
  case 2: return "--eh-frame-hdr";
  default: return NULL;
  }
}

/* A fuzz-style input that is an ELF shared object (e_type ET_DYN) takes
 * libmut.so's place in a dynamic link instead: -no-pie when (size / 3) is
 * odd, and size % 3 == 1 adds --gc-sections, == 2 --export-dynamic
 * (fuzz_link.c uses the same rule). */
static bool fuzz_is_dso(const uint8_t *d, size_t n) { return n >= 18 && !memcmp(d, "\177ELF", 4) && d[16] == 3 && d[17] == 0; }
static int fuzz_dyn_kind(size_t size) { return size / 3 % 2 ? LK_NOPIE : LK_PIE; }
static const char *fuzz_dyn_opt(size_t size) {
  switch (size % 3) {
  case 1: return "--gc-sections";
  case 2: return "--export-dynamic";
  default: return NULL;
  }
}

/* A fuzz-style input that starts with "#vs" drives the -shared link: the
 * bytes before its first "\177ELF" are the version script (the "#vs" line
 * is a comment of it), the rest, if any, takes libshmut.o's place; size %
 * 4 == 1 adds --gc-sections, == 2 --no-undefined, == 3 --Bsymbolic
 * (fuzz_link.c uses the same rule). */
static bool fuzz_is_vs(const uint8_t *d, size_t n) { return n >= 3 && !memcmp(d, "#vs", 3); }
static size_t fuzz_vs_split(const uint8_t *d, size_t n) {
  const uint8_t *e = memmem(d, n, "\177ELF", 4);
  return e ? (size_t)(e - d) : n;
}
static const char *fuzz_vs_opt(size_t size) {
  switch (size % 4) {
  case 1: return "--gc-sections";
  case 2: return "--no-undefined";
  case 3: return "--Bsymbolic";
  default: return NULL;
  }
}

/* readelf -a -W of w->dir/FILE: NULL when readelf exits 0 and writes
 * nothing to stderr (its "readelf: Warning:" and "readelf: Error:" lines),
 * else the first line it wrote there (or the exit status). */
static char *readelf_check(Worker *w, const char *file) {
  char *errp = fmt("%s/readelf.txt", w->dir);
  char *argv[] = {"readelf", "-a", "-W", (char *)file, NULL};
  RunResult rr = run_split(argv, w->dir, NULL, errp, 60);
  char *text = read_text(errp, 1 << 16);
  unlink(errp);
  free(errp);
  char *r = NULL;
  if (*text) {
    char *l = line_at(text);
    r = fmt("readelf -a -W complains about the output: %s", l);
    free(l);
  }
  if (!r && rr.timed_out) r = xstrdup("readelf -a -W of the output timed out");
  else if (!r && (!WIFEXITED(rr.status) || WEXITSTATUS(rr.status)))
    r = fmt("readelf -a -W of the output exits %d", WIFEXITED(rr.status) ? WEXITSTATUS(rr.status) : -1);
  free(text);
  return r;
}

/* After readelf complained (`why`) about weld's output of the link argv:
 * the same link by GNU ld (ld.bfd for weld, gcc -fuse-ld=bfd for gcc -B;
 * weld's own --threads=1 dropped) into w->dir/ref-out.  NULL when GNU ld
 * links it too and readelf's complaint about its output is the same line
 * (weld copied what the input holds, as GNU ld does: a section retyped
 * SHT_NOTE, say); else the failure, saying what GNU ld did. */
static char *readelf_vs_gnu_ld(Worker *w, char *const argv[], int argc, bool gcc, char *why) {
  char *ref[170];
  int n = 0;
  for (int i = 0; i < argc && n < 168; i++) {
    const char *a = argv[i];
    if (i == 0 && !gcc) a = "ld.bfd";
    else if (gcc && !strncmp(a, "-B", 2)) a = "-fuse-ld=bfd";
    else if (!strcmp(a, "--threads=1")) continue;
    else if (!strcmp(a, "out/out")) a = "ref-out";
    ref[n++] = (char *)a;
  }
  ref[n] = NULL;
  char *errp = fmt("%s/ref.stderr", w->dir);
  RunResult rr = run(ref, w->dir, errp, 60);
  unlink(errp);
  free(errp);
  char *r;
  if (rr.timed_out || !WIFEXITED(rr.status) || WEXITSTATUS(rr.status)) {
    r = fmt("%s (GNU ld rejects the same link)", why);
  } else {
    char *theirs = readelf_check(w, "ref-out");
    if (theirs && !strcmp(theirs, why)) r = NULL;
    else r = fmt("%s (GNU ld's output of the same link: %s)", why, theirs ? theirs : "readelf is content");
    free(theirs);
  }
  rm_f(w->dir, "ref-out");
  free(why);
  return r;
}

/* Links in w->dir.  kind LK_STATIC: weld -nostdlib -static -e main (or gcc
 * -B DIR -static) OPTS -o out/out INPUTS (file names relative to w->dir);
 * LK_PIE / LK_NOPIE: weld OPTS and the captured gcc line (or gcc -B DIR
 * [-no-pie] -Wl,OPTS -o out/out MAIN libmut.so libmutdep.so); LK_SHARED:
 * the same with the -shared line (gcc -B DIR -shared -Wl,-soname,...
 * -Wl,--version-script=libshmut.map -Wl,OPTS -o out/out libshmut.o
 * shutil.o libmutdep.so); inputs are unused for these.  A -shared output
 * (every output with --readelf-all) must also satisfy readelf -a -W.
 * Returns the reason for a failure or NULL; *cmd gets the command line. */
static char *link_and_check(Worker *w, int kind, const char *const *inputs, int ninputs, const char *const *opts,
                            bool gcc, char **cmd) {
  char *argv[160];
  int argc = 0;
  char *gb = NULL;
  const char *dyn_inputs[] = {dyn_main[kind], "libmut.so", "libmutdep.so"};
  if (kind != LK_STATIC && gcc) {
    inputs = kind == LK_SHARED ? shared_inputs : dyn_inputs;
    ninputs = 3;
  }
  if (gcc) {
    gb = fmt("-B%s/", w->cfg->gccb);
    argv[argc++] = "gcc";
    argv[argc++] = gb;
    if (kind == LK_SHARED)
      for (int i = 0; shared_gcc_flags[i]; i++) argv[argc++] = (char *)shared_gcc_flags[i];
    else argv[argc++] = kind == LK_STATIC ? "-static" : kind == LK_NOPIE ? "-no-pie" : "-pie";
  } else {
    argv[argc++] = (char *)w->cfg->weld;
    if (kind == LK_STATIC) {
      argv[argc++] = "-nostdlib";
      argv[argc++] = "-static";
      argv[argc++] = "-e";
      argv[argc++] = "main";
    }
  }
  char *wopt[8] = {0};
  for (int i = 0; opts && opts[i]; i++) {
    if (gcc) argv[argc++] = wopt[i] = fmt("-Wl,%s", opts[i]);
    else argv[argc++] = (char *)opts[i];
  }
  if (kind != LK_STATIC && !gcc) {
    for (char **a = w->cfg->dyn_args[kind]; *a && argc < 150; a++) argv[argc++] = strcmp(*a, "@OUT@") ? *a : "out/out";
  } else {
    argv[argc++] = "-o";
    argv[argc++] = "out/out";
    for (int i = 0; i < ninputs; i++) argv[argc++] = (char *)inputs[i];
  }
  argv[argc] = NULL;
  size_t len = 0;
  for (int i = 0; i < argc; i++) len += strlen(argv[i]) + 1;
  *cmd = xmalloc(len + 1);
  (*cmd)[0] = 0;
  for (int i = 0; i < argc; i++) {
    strcat(*cmd, argv[i]);
    if (i + 1 < argc) strcat(*cmd, " ");
  }
  clean_dir(w->outdir);
  RunResult rr = run(argv, w->dir, w->errpath, w->cfg->timeout);
  char *err = read_text(w->errpath, 1 << 16);
  char *reason = check(rr, err, w->outdir, gcc, w->cfg->timeout);
  if (!reason && WIFEXITED(rr.status) && WEXITSTATUS(rr.status) == 0 && (kind == LK_SHARED || w->cfg->readelf_all)) {
    reason = readelf_check(w, "out/out");
    if (reason) reason = readelf_vs_gnu_ld(w, argv, argc, gcc, reason);
  }
  char *l = line_at(err);
  snprintf(w->last, sizeof(w->last), "exit %d: %s", WIFEXITED(rr.status) ? WEXITSTATUS(rr.status) : -1, l);
  free(l);
  free(err);
  if (!w->keep_out) clean_dir(w->outdir);
  free(gb);
  for (int i = 0; i < 8; i++) free(wopt[i]);
  return reason;
}

static void save_failure(const Config *cfg, const char *base, const uint8_t *d, size_t n, const char *desc,
                         const char *cmd, const char *reason, const char *errpath) {
  mkdirs(cfg->failures);
  char *p = fmt("%s/%s", cfg->failures, base);
  write_file(p, d, n);
  free(p);
  char *err = read_text(errpath, 8000);
  char *t = fmt("%s/%s.txt", cfg->failures, base);
  FILE *f = fopen(t, "w");
  if (f) {
    fprintf(f, "mutation: %s\nfailure: %s\ncommand (in the work directory): %s\nstderr:\n%s\n", desc, reason, cmd, err);
    fclose(f);
  }
  free(t);
  free(err);
}

/* Runs case i; returns a FAIL line or NULL. */
static char *run_case(Worker *w, long i) {
  const Config *cfg = w->cfg;
  Rng r = {cfg->seed * 0x2545f4914f6cdd1dULL ^ (uint64_t)i * 0x9e3779b97f4a7c15ULL};
  rnd(&r);
  int target = pick_w(&r, target_weight, NTARGETS);
  Mut m = {.r = &r};
  m.n = cfg->orig[target].n;
  m.d = xmalloc(m.n);
  memcpy(m.d, cfg->orig[target].d, m.n);
  mutate(&m, target);
  if (cfg->list) {
    /* --list: the mutations only, nothing is linked */
    char *line = fmt("%ld %s: %s", i, target_file[target], m.desc);
    free(m.d);
    return line;
  }
  bool gcc = below(&r, 8) == 0;
  const char *const *opts = extra_opts[below(&r, sizeof(extra_opts) / sizeof(extra_opts[0]))];
  int kind = LK_STATIC;
  if (is_dyn_target(target)) {
    /* somain.o is the -fPIE object: it goes into the -pie link only */
    opts = dyn_extra_opts[below(&r, sizeof(dyn_extra_opts) / sizeof(dyn_extra_opts[0]))];
    kind = target != T_SOMAIN && below(&r, 3) == 0 ? LK_NOPIE : LK_PIE;
  } else if (is_shared_target(target)) {
    opts = shared_extra_opts[below(&r, sizeof(shared_extra_opts) / sizeof(shared_extra_opts[0]))];
    kind = LK_SHARED;
  }
  char *path = fmt("%s/%s", w->dir, target_file[target]);
  write_file(path, m.d, m.n);
  const char *solo[] = {"solo.o"};
  char *cmd;
  char *reason = target == T_SOLO ? link_and_check(w, kind, solo, 1, opts, gcc, &cmd)
                                  : link_and_check(w, kind, link_inputs, NLINK, opts, gcc, &cmd);
  char *line = NULL;
  if (cfg->only_case >= 0 || cfg->verbose) fprintf(stderr, "case %ld: %s: %s\n  %s\n  -> %s\n", i, target_file[target], m.desc, cmd, w->last);
  if (reason) {
    /* the options go into the name (+OPT), so that --replay uses them */
    char optstr[128] = "";
    if (kind == LK_NOPIE) snprintf(optstr, sizeof(optstr), "+no-pie");
    /* "--OPT" is named "+OPT", "-OPT" (-znow) "+-OPT" */
    for (int k = 0; opts[k]; k++)
      snprintf(optstr + strlen(optstr), sizeof(optstr) - strlen(optstr), "+%s", opts[k] + (opts[k][1] == '-' ? 2 : 0));
    /* a '.' in an option's value would end the options part: ',' stands for it */
    for (char *c = optstr; *c; c++)
      if (*c == '.') *c = ',';
    char *base = fmt("s%llu-c%ld%s.%s", (unsigned long long)cfg->seed, i, optstr, target_file[target]);
    save_failure(cfg, base, m.d, m.n, m.desc, cmd, reason, w->errpath);
    line = fmt("FAIL seed=%llu case=%ld %s: %s [%s]: %s -> %s/%s", (unsigned long long)cfg->seed, i,
               target_file[target], m.desc, gcc ? "gcc -B" : "weld", reason, cfg->failures, base);
    free(base);
    free(reason);
  }
  if (cfg->only_case < 0) write_file(path, cfg->orig[target].d, cfg->orig[target].n);
  free(cmd);
  free(path);
  free(m.d);
  return line;
}

/* --------------------------------------------------------------- main */

static int cmp_line(const void *a, const void *b) {
  const char *x = *(char *const *)a, *y = *(char *const *)b;
  long i = atol(x), j = atol(y);
  return i < j ? -1 : i > j;
}

/* Appends "key=value" to the environment variable unless key is set. */
static void add_option(const char *var, const char *key, const char *value) {
  const char *a = getenv(var);
  if (a && strstr(a, key)) return;
  setenv(var, a && *a ? fmt("%s:%s=%s", a, key, value) : fmt("%s=%s", key, value), 1);
}

static void setup_env(void) {
  /* a sanitizer report also shows as exit status 86/87, never as 1 */
  add_option("ASAN_OPTIONS", "detect_leaks", "0");
  add_option("ASAN_OPTIONS", "exitcode", "86");
  add_option("UBSAN_OPTIONS", "print_stacktrace", "1");
  add_option("UBSAN_OPTIONS", "exitcode", "87");
  setenv("LC_ALL", "C", 1);
}

/* DIR/FILE: one argument a line, as a NULL-terminated array */
static char **read_args(const char *dir, const char *file) {
  char *p = fmt("%s/%s", dir, file);
  char *text = read_text(p, 1 << 16);
  if (!*text) die("%s is missing or empty", p);
  size_t n = 0;
  for (char *c = text; *c; c++) n += *c == '\n';
  char **v = xmalloc((n + 2) * sizeof(char *));
  size_t k = 0;
  for (char *l = strtok(text, "\n"); l; l = strtok(NULL, "\n")) v[k++] = l;
  v[k] = NULL;
  free(p);
  return v;
}

static void load_inputs(Config *cfg) {
  for (int t = 0; t < NTARGETS; t++) {
    char *p = fmt("%s/%s", cfg->objs, target_file[t]);
    cfg->orig[t] = read_file(p);
    free(p);
  }
  char *p = fmt("%s/libfull.a", cfg->objs);
  cfg->libfull = read_file(p);
  free(p);
  p = fmt("%s/%s", cfg->objs, dyn_main[LK_NOPIE]);
  cfg->nopie_main = read_file(p);
  free(p);
  for (int k = LK_PIE; k < NLINKKINDS; k++) cfg->dyn_args[k] = read_args(cfg->objs, dyn_args_file[k]);
  /* gcc -B DIR/ finds DIR/ld */
  mkdirs(cfg->gccb);
  char *ld = fmt("%s/ld", cfg->gccb);
  unlink(ld);
  if (symlink(cfg->weld, ld)) die("symlink %s: %s", ld, strerror(errno));
  free(ld);
}

/* Runs w->dir/PROG with LD_LIBRARY_PATH=w->dir; its output (stdout and
 * stderr), or NULL when it did not exit 0. */
static char *run_program(Worker *w, const char *prog) {
  char *path = fmt("%s/%s", w->dir, prog);
  char *argv[] = {path, NULL};
  char *old = getenv("LD_LIBRARY_PATH") ? xstrdup(getenv("LD_LIBRARY_PATH")) : NULL;
  setenv("LD_LIBRARY_PATH", w->dir, 1);
  RunResult rr = run(argv, w->dir, w->errpath, 30);
  if (old) setenv("LD_LIBRARY_PATH", old, 1);
  else unsetenv("LD_LIBRARY_PATH");
  free(old);
  free(path);
  char *out = read_text(w->errpath, 4000);
  if (rr.timed_out || !WIFEXITED(rr.status) || WEXITSTATUS(rr.status)) {
    free(out);
    return NULL;
  }
  return out;
}

/* The unmutated -shared link: weld's libshmut.so passes readelf -a -W, and
 * shmain.o linked against it by GNU ld prints what it prints against GNU
 * ld's libshmut.so (the same gcc -shared line with -fuse-ld=bfd). */
static int baseline_shared(Worker *w) {
  char *shmain = fmt("%s/shmain.o", w->cfg->objs);
  char *refargv[16];
  int n = 0;
  refargv[n++] = "gcc";
  refargv[n++] = "-fuse-ld=bfd";
  for (int i = 0; shared_gcc_flags[i]; i++) refargv[n++] = (char *)shared_gcc_flags[i];
  refargv[n++] = "-o";
  refargv[n++] = "libshmut.so";
  for (int i = 0; i < 3; i++) refargv[n++] = (char *)shared_inputs[i];
  refargv[n] = NULL;
  char *progargv[] = {"gcc", "-fuse-ld=bfd", "-o", "shprog", shmain, "libshmut.so", "libmutdep.so", NULL};
  run_or_die(refargv, w->dir);
  run_or_die(progargv, w->dir);
  char *want = run_program(w, "shprog");
  if (!want) die("the program linked against GNU ld's libshmut.so does not run");
  char *cmd;
  w->keep_out = true;
  char *reason = link_and_check(w, LK_SHARED, NULL, 0, NULL, false, &cmd);
  w->keep_out = false;
  char *got = NULL;
  if (!reason) {
    char *from = fmt("%s/out", w->outdir), *to = fmt("%s/libshmut.so", w->dir);
    if (rename(from, to)) die("rename %s: %s", from, strerror(errno));
    free(from);
    free(to);
    run_or_die(progargv, w->dir);
    got = run_program(w, "shprog");
  }
  clean_dir(w->outdir);
  rm_f(w->dir, "libshmut.so");
  rm_f(w->dir, "shprog");
  int bad = reason || !got || strcmp(got, want);
  if (bad)
    fprintf(stderr, "mutate: the unmutated -shared link (%s): %s\nagainst GNU ld's library the program prints:\n%s"
                    "against weld's: %s\n", cmd, reason ? reason : "the library is wrong", want,
            got ? got : "(did not run or exit 0)");
  free(cmd);
  free(reason);
  free(want);
  free(got);
  free(shmain);
  return bad;
}

/* The unmutated dynamic links: weld's -pie and -no-pie programs print what
 * GNU ld's (gcc -fuse-ld=bfd) do; then the -shared link (baseline_shared). */
static int baseline_dyn(Worker *w) {
  for (int kind = LK_PIE; kind <= LK_NOPIE; kind++) {
    char *refargv[] = {"gcc", "-fuse-ld=bfd", kind == LK_NOPIE ? "-no-pie" : "-pie", "-o", "ref",
                       (char *)dyn_main[kind], "libmut.so", "libmutdep.so", NULL};
    run_or_die(refargv, w->dir);
    char *want = run_program(w, "ref");
    if (!want) die("the program linked by GNU ld (%s) does not run", kind == LK_NOPIE ? "-no-pie" : "-pie");
    char *cmd;
    w->keep_out = true;
    char *reason = link_and_check(w, kind, NULL, 0, NULL, false, &cmd);
    w->keep_out = false;
    char *got = reason ? NULL : run_program(w, "out/out");
    clean_dir(w->outdir);
    if (reason || !got || strcmp(got, want)) {
      fprintf(stderr, "mutate: the unmutated dynamic link (%s): %s\nGNU ld's program prints:\n%sweld's: %s\n", cmd,
              reason ? reason : "the program is wrong", want, got ? got : "(did not run or exit 0)");
      return 1;
    }
    free(cmd);
    free(want);
    free(got);
  }
  return baseline_shared(w);
}

static int baseline(Config *cfg) {
  Worker w;
  worker_init(&w, cfg, 0);
  if (baseline_dyn(&w)) return 1;
  const char *solo[] = {"solo.o"};
  for (int k = 0; k < 10; k++) {
    bool gcc = k & 1;
    char *cmd;
    /* static links of the objects, solo.o alone, the dynamic links, -shared */
    int kind = k < 4 ? LK_STATIC : k < 6 ? LK_PIE : k < 8 ? LK_NOPIE : LK_SHARED;
    char *reason = k < 2    ? link_and_check(&w, kind, link_inputs, NLINK, NULL, gcc, &cmd)
                   : k < 4 ? link_and_check(&w, kind, solo, 1, NULL, gcc, &cmd)
                            : link_and_check(&w, kind, NULL, 0, NULL, gcc, &cmd);
    /* a clean link must succeed (check() alone accepts a proper exit 1) */
    char *err = read_text(w.errpath, 4000);
    if (reason || strstr(err, "error")) {
      fprintf(stderr, "mutate: the unmutated link fails (%s): %s\n%s", cmd, reason ? reason : "error on stderr", err);
      return 1;
    }
    free(err);
    free(cmd);
  }
  return 0;
}

static int replay(Config *cfg, char **files, int nfiles) {
  Worker w;
  worker_init(&w, cfg, 0);
  long pass = 0, fail = 0;
  for (int i = 0; i < nfiles; i++) {
    Bytes b = read_file(files[i]);
    const char *base = strrchr(files[i], '/') ? strrchr(files[i], '/') + 1 : files[i];
    int role = -1;
    for (int t = 0; t < NTARGETS; t++) {
      size_t bl = strlen(base), tl = strlen(target_file[t]);
      if (bl > tl && base[bl - tl - 1] == '.' && !strcmp(base + bl - tl, target_file[t])) role = t;
    }
    /* NAME+OPT1+OPT2.ROLE: link with --OPT1 --OPT2 (',' in OPT stands for
     * '.'); "+no-pie" picks the -no-pie dynamic link */
    char *opt_words[8] = {0};
    const char *ropts[10] = {0};
    int nopt = 0;
    bool no_pie = false;
    const char *plus = strchr(base, '+');
    if (plus) {
      char *t = xstrdup(plus + 1);
      char *dot = strchr(t, '.');
      if (dot) *dot = 0;
      for (char *c = t; *c; c++)
        if (*c == ',') *c = '.';
      for (char *w2 = strtok(t, "+"); w2 && nopt < 8; w2 = strtok(NULL, "+")) {
        if (!strcmp(w2, "no-pie")) {
          no_pie = true;
          continue;
        }
        opt_words[nopt] = w2[0] == '-' ? fmt("%s", w2) : fmt("--%s", w2);
        ropts[nopt] = opt_words[nopt];
        nopt++;
      }
      free(t);
    }
    char *cmd, *reason;
    if (role >= 0) {
      /* a mutation-test failure: it replaces its role in the usual link */
      char *p = fmt("%s/%s", w.dir, target_file[role]);
      write_file(p, b.d, b.n);
      const char *solo[] = {"solo.o"};
      int kind = is_shared_target(role) ? LK_SHARED : !is_dyn_target(role) ? LK_STATIC : no_pie ? LK_NOPIE : LK_PIE;
      reason = role == T_SOLO ? link_and_check(&w, kind, solo, 1, ropts, false, &cmd)
                              : link_and_check(&w, kind, link_inputs, NLINK, ropts, false, &cmd);
      write_file(p, cfg->orig[role].d, cfg->orig[role].n);
      free(p);
    } else if (fuzz_is_vs(b.d, b.n)) {
      /* the fuzz target's -shared mode: a version script, maybe an object */
      size_t at = fuzz_vs_split(b.d, b.n);
      char *mp = fmt("%s/libshmut.map", w.dir), *op = fmt("%s/libshmut.o", w.dir);
      write_file(mp, b.d, at);
      if (at < b.n) write_file(op, b.d + at, b.n - at);
      ropts[nopt++] = "--threads=1";
      ropts[nopt++] = fuzz_vs_opt(b.n);
      reason = link_and_check(&w, LK_SHARED, NULL, 0, ropts, false, &cmd);
      write_file(mp, cfg->orig[T_VERSCRIPT].d, cfg->orig[T_VERSCRIPT].n);
      write_file(op, cfg->orig[T_SHOBJ].d, cfg->orig[T_SHOBJ].n);
      free(mp);
      free(op);
    } else if (fuzz_is_dso(b.d, b.n)) {
      /* a shared object: linked like the fuzz target's, in libmut.so's place */
      char *p = fmt("%s/libmut.so", w.dir);
      write_file(p, b.d, b.n);
      ropts[nopt++] = "--threads=1";
      ropts[nopt++] = fuzz_dyn_opt(b.n);
      reason = link_and_check(&w, fuzz_dyn_kind(b.n), NULL, 0, ropts, false, &cmd);
      write_file(p, cfg->orig[T_SO].d, cfg->orig[T_SO].n);
      free(p);
    } else {
      /* anything else: linked like the fuzz target's input */
      char *p = fmt("%s/fuzz-input", w.dir);
      write_file(p, b.d, b.n);
      const char *inputs[] = {"fuzz-input", "libfull.a"};
      ropts[nopt++] = "--threads=1";
      ropts[nopt++] = fuzz_opt(b.n);
      reason = link_and_check(&w, LK_STATIC, inputs, 2, ropts, false, &cmd);
      free(p);
    }
    for (int k = 0; k < 8; k++) free(opt_words[k]);
    if (reason) {
      printf("FAIL %s: %s (%s)\n", files[i], reason, cmd);
      fail++;
    } else {
      pass++;
    }
    free(reason);
    free(cmd);
    free(b.d);
  }
  printf("%ld passed, %ld failed\n", pass, fail);
  return fail ? 1 : 0;
}

int main(int argc, char **argv) {
  Config cfg = {.seeds = "tests/mutate/seeds", .work = "build/mutate-work", .failures = "build/mutate-failures",
                .seed = 1, .count = 2500, .jobs = 2, .timeout = 10, .only_case = -1};
  const char *weld = NULL, *prep = NULL;
  char **replay_files = NULL;
  int nreplay = 0;
  bool is_replay = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    bool more = i + 1 < argc;
    if (!strcmp(a, "--weld") && more) weld = argv[++i];
    else if (!strcmp(a, "--seed") && more) cfg.seed = strtoull(argv[++i], NULL, 0);
    else if (!strcmp(a, "--count") && more) cfg.count = atol(argv[++i]);
    else if (!strcmp(a, "--jobs") && more) cfg.jobs = atoi(argv[++i]);
    else if (!strcmp(a, "--timeout") && more) cfg.timeout = atoi(argv[++i]);
    else if (!strcmp(a, "--seeds") && more) cfg.seeds = argv[++i];
    else if (!strcmp(a, "--work") && more) cfg.work = argv[++i];
    else if (!strcmp(a, "--failures") && more) cfg.failures = argv[++i];
    else if (!strcmp(a, "--case") && more) cfg.only_case = atol(argv[++i]);
    else if (!strcmp(a, "--prepare") && more) prep = argv[++i];
    else if (!strcmp(a, "--verbose")) cfg.verbose = true;
    else if (!strcmp(a, "--readelf-all")) cfg.readelf_all = true;
    else if (!strcmp(a, "--list")) cfg.list = true;
    else if (!strcmp(a, "--replay")) {
      is_replay = true;
      replay_files = argv + i + 1;
      nreplay = argc - i - 1;
      break;
    } else {
      fprintf(stderr, "usage: mutate --weld PATH [--seed S] [--count N] [--jobs J] [--timeout SEC] [--seeds DIR]\n"
                      "              [--work DIR] [--failures DIR] [--case I] [--verbose] [--list] [--readelf-all]\n"
                      "       mutate --weld PATH [...] --replay FILE...\n"
                      "       mutate [--seeds DIR] --prepare DIR\n");
      return 2;
    }
  }
  if (prep) {
    prepare(cfg.seeds, prep);
    return 0;
  }
  if (!weld) die("--weld PATH is required");
  if (cfg.jobs < 1) cfg.jobs = 1;
  if (cfg.count < 0) cfg.count = 0;
  setup_env();
  mkdirs(cfg.work);
  cfg.work = abspath(cfg.work);
  cfg.weld = abspath(weld);
  cfg.objs = fmt("%s/objs", cfg.work);
  cfg.gccb = fmt("%s/gccb", cfg.work);
  prepare(cfg.seeds, cfg.objs);
  load_inputs(&cfg);
  if (baseline(&cfg)) return 2;
  if (is_replay) return replay(&cfg, replay_files, nreplay);

  if (cfg.list) {
    Worker w;
    worker_init(&w, &cfg, 0);
    for (long i = 0; i < cfg.count; i++) {
      char *line = run_case(&w, i);
      printf("%s\n", line);
      free(line);
    }
    return 0;
  }
  if (cfg.only_case >= 0) {
    Worker w;
    worker_init(&w, &cfg, 0);
    char *line = run_case(&w, cfg.only_case);
    if (line) printf("%s\n", line);
    printf("%d passed, %d failed\n", line ? 0 : 1, line ? 1 : 0);
    return line ? 1 : 0;
  }

  /* workers: case i runs in worker i % jobs; each writes its FAIL lines
   * ("case<TAB>line") and a final "done N" to its results file */
  pid_t *pids = xmalloc(sizeof(pid_t) * (size_t)cfg.jobs);
  for (int j = 0; j < cfg.jobs; j++) {
    pid_t pid = fork();
    if (pid < 0) die("fork: %s", strerror(errno));
    if (pid == 0) {
      Worker w;
      worker_init(&w, &cfg, j);
      char *rp = fmt("%s/results", w.dir);
      FILE *f = fopen(rp, "w");
      if (!f) _exit(2);
      long done = 0;
      for (long i = j; i < cfg.count; i += cfg.jobs) {
        char *line = run_case(&w, i);
        if (line) {
          fprintf(f, "%ld\t%s\n", i, line);
          fflush(f);
          free(line);
        }
        done++;
      }
      fprintf(f, "done %ld\n", done);
      fclose(f);
      _exit(0);
    }
    pids[j] = pid;
  }
  for (int j = 0; j < cfg.jobs; j++) waitpid(pids[j], NULL, 0);
  char **lines = NULL;
  size_t nl = 0, cap = 0;
  long done = 0;
  bool broken = false;
  for (int j = 0; j < cfg.jobs; j++) {
    char *rp = fmt("%s/w%d/results", cfg.work, j);
    FILE *f = fopen(rp, "r");
    bool finished = false;
    char buf[8192];
    while (f && fgets(buf, sizeof(buf), f)) {
      if (!strncmp(buf, "done ", 5)) {
        done += atol(buf + 5);
        finished = true;
        continue;
      }
      if (nl == cap) {
        cap = cap ? cap * 2 : 64;
        lines = realloc(lines, cap * sizeof(char *));
      }
      lines[nl++] = xstrdup(buf);
    }
    if (f) fclose(f);
    if (!finished) broken = true;
    free(rp);
  }
  qsort(lines, nl, sizeof(char *), cmp_line);
  for (size_t i = 0; i < nl; i++) fputs(strchr(lines[i], '\t') + 1, stdout);
  if (broken) {
    fprintf(stderr, "mutate: a worker did not finish; %ld of %ld cases ran\n", done, cfg.count);
    printf("%ld passed, %ld failed\n", done - (long)nl, cfg.count - done + (long)nl);
    return 2;
  }
  printf("%ld passed, %zu failed\n", cfg.count - (long)nl, nl);
  return nl ? 1 : 0;
}
