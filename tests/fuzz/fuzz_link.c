/*
 * fuzz_link.c - libFuzzer target: one weld link with the fuzz input as an
 * input file.
 *
 * Each input is written to a file under /dev/shm and linked as
 *
 *     weld --threads=1 -nostdlib -static -e main [OPT] -o OUT INPUT libfull.a
 *
 * where libfull.a is an archive of every seed of tests/mutate/seeds (so a
 * seed object given as INPUT links, the rest of the program coming from the
 * archive) and OPT depends on the input's size: size % 3 == 1 adds
 * --gc-sections, == 2 adds --eh-frame-hdr.  (One thread: thread start-up
 * and hand-offs cost more than these tiny links; the mutation test covers
 * the threaded runs.)
 *
 * An input that is an ELF shared object (e_type ET_DYN: bytes 16-17 are
 * 3, 0) takes the place of libmut.so in the mutation test's dynamic link
 * instead, the linker line gcc gives collect2 for
 *
 *     gcc [-pie | -no-pie] -o OUT MAIN INPUT libmutdep.so
 *
 * (stored by `mutate --prepare` in so-pie.args / so-nopie.args; MAIN is
 * somain.o or somain_nopie.o, and -lc and the crt files come from the
 * system) as  weld --threads=1 [OPT] LINE:  -no-pie when size / 3 is odd,
 * and size % 3 == 1 adds --gc-sections, == 2 --export-dynamic.  So the
 * shared-object seeds (libmut.so: versioned symbols, TLS, a data object,
 * DT_SONAME and DT_NEEDED; libmutdep.so) are fuzzed as shared objects, and
 * a mutation of e_type moves an input between the two links.
 *
 * An input that starts with "#vs" drives the -shared link with a version
 * script instead: the bytes before its first "\177ELF" are written to
 * input.map (the "#vs" line is a comment of the script), and the rest, if
 * there is any, to input.o, which takes the place of libshmut.o (without
 * an ELF part, input.o is the seed libshmut.o); the line is gcc's collect2
 * line for
 *
 *     gcc -shared -Wl,-soname,libshmut.so -Wl,--version-script=input.map
 *         -o OUT input.o shutil.o libmutdep.so
 *
 * (so-shared.args; crti.o, crtbeginS.o, -lc, ... from the system), run as
 * weld --threads=1 [OPT] LINE with size % 4 == 1 adding --gc-sections, == 2
 * --no-undefined, == 3 --Bsymbolic.  The seeds of this mode are the
 * version scripts tests/fuzz/seeds/NAME.vs and, made by `mutate --prepare`,
 * fuzz-shared-script.vs (libshmut.map) and fuzz-shared-object.vs (the same
 * followed by libshmut.o), so the fuzzer mutates the script and the object.
 *
 * `mutate --replay` links non-mutation files the same way, so a crash
 * artifact can be replayed with the asan weld (make fuzz-regress).  The
 * fixed inputs come from $WELD_FUZZ_INPUTS (default build/fuzz-inputs;
 * `make fuzz-inputs`).
 *
 * Fork per input, not in-process.  weld's main() (compiled here as
 * weld_main with -Dmain=weld_main) ends every run with _exit(): at the end
 * of a link, in fatal(), and in checkpoint() after the first pass that
 * found an error - which is nearly every fuzz input.  Calling the passes of
 * src/main.c in-process would not help: the first rejected input would end
 * the fuzzer, and weld keeps process-global state (the thread pool, the
 * temporary output name, signal handlers) and never frees its arenas or
 * mappings.  Changing that would mean editing util.c/main.c, which this
 * test tier must not.  So every input runs in a forked child that calls
 * weld_main() unchanged:
 *
 *   - coverage: libFuzzer reads its inline 8-bit counters in this process,
 *     so the child copies its counters into a shared mapping just before it
 *     exits (weld's _exit is wrapped with -Wl,--wrap=_exit) and the parent
 *     adds them back into its own counters before returning (comparison
 *     tracing - value profile - stays in the child and is lost);
 *   - crashes: in the child a sanitizer report ends in a death callback
 *     that exits 77, and a signal kills it (its alarm gives 10 s); the
 *     parent treats any signal, any exit status but 0 and 1, a sanitizer
 *     report, an exit 1 without a "weld: error:" line, or an output or
 *     temporary file left after a failed link as a crash: it prints the
 *     child's stderr and abort()s, so libFuzzer saves the input.
 *
 * The children bypass the sanitizers' exit-time work (leak checking) by
 * leaving with the exit_group system call.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <dirent.h>
#include <unistd.h>

int weld_main(int argc, char **argv);
void __sanitizer_set_death_callback(void (*cb)(void));
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
__attribute__((noreturn)) void __wrap__exit(int status);

/* libFuzzer's inline 8-bit counters (-fsanitize-coverage=inline-8bit-counters):
 * the instrumented code registers them with this call at start-up, which is
 * wrapped (-Wl,--wrap=...) to learn where they are.  (Naming the section's
 * __start_/__stop_ symbols here instead breaks the registration.) */
void __real___sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop);
void __wrap___sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop);
static uint8_t *cntrs_start, *cntrs_stop;

void __wrap___sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop) {
  if (start < stop) {
    if (!cntrs_start || start < cntrs_start) cntrs_start = start;
    if (stop > cntrs_stop) cntrs_stop = stop;
  }
  __real___sanitizer_cov_8bit_counters_init(start, stop);
}

static uint8_t *shared_cntrs;
static size_t ncntrs;
static int in_child;
static char dir[PATH_MAX], in_path[PATH_MAX + 16], out_path[PATH_MAX + 16], err_path[PATH_MAX + 16];
static char libfull[PATH_MAX];
/* the -shared mode's version script and object */
static char vs_path[PATH_MAX + 16], obj_path[PATH_MAX + 16];
static uint8_t *shobj;
static size_t shobj_size;
/* the dynamic link lines (-pie, -no-pie, -shared) with the file names filled in */
static char *dyn_argv[3][160];
enum { MODE_STATIC, MODE_DSO, MODE_SHARED };

__attribute__((noreturn)) static void exit_now(int status) {
  syscall(SYS_exit_group, status);
  __builtin_unreachable();
}

/* weld's _exit: hand the coverage to the parent, then leave at once */
void __wrap__exit(int status) {
  if (in_child && shared_cntrs) memcpy(shared_cntrs, cntrs_start, ncntrs);
  exit_now(status);
}

static void child_death(void) { exit_now(77); }

static void die(const char *what) {
  fprintf(stderr, "fuzz_link: %s: %s\n", what, strerror(errno));
  exit(1);
}

static void copy_file(const char *from, const char *to) {
  int a = open(from, O_RDONLY), b = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (a < 0 || b < 0) {
    fprintf(stderr, "fuzz_link: cannot copy %s to %s (run `make fuzz-inputs`, or set WELD_FUZZ_INPUTS)\n", from, to);
    exit(1);
  }
  char buf[65536];
  ssize_t n;
  while ((n = read(a, buf, sizeof(buf))) > 0)
    if (write(b, buf, (size_t)n) != n) die(to);
  close(a);
  close(b);
}

static void remove_dir(void) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  char p[PATH_MAX + 300];
  while ((de = readdir(d)))
    if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
      snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
      unlink(p);
    }
  closedir(d);
  rmdir(dir);
}

/* INPUTS/FILE (one argument a line) into dyn_argv[k]: @OUT@ is the output,
 * libmut.so the fuzz input (and libshmut.o and the version script
 * libshmut.map the -shared mode's files), the other seeds are found in
 * INPUTS. */
static void load_dyn_args(const char *inputs, const char *file, int k) {
  char path[PATH_MAX + 64], abs[PATH_MAX];
  snprintf(path, sizeof(path), "%s/%s", inputs, file);
  FILE *f = fopen(path, "r");
  if (!f || !realpath(inputs, abs)) {
    fprintf(stderr, "fuzz_link: %s not found (run `make fuzz-inputs`, or set WELD_FUZZ_INPUTS)\n", path);
    exit(1);
  }
  char line[PATH_MAX + 64];
  int n = 0;
  while (fgets(line, sizeof(line), f) && n < 150) {
    line[strcspn(line, "\n")] = 0;
    if (!line[0]) continue;
    char buf[2 * PATH_MAX + 64];
    if (!strcmp(line, "@OUT@")) snprintf(buf, sizeof(buf), "%s", out_path);
    else if (!strcmp(line, "libmut.so")) snprintf(buf, sizeof(buf), "%s", in_path);
    else if (!strcmp(line, "libshmut.o")) snprintf(buf, sizeof(buf), "%s", obj_path);
    else if (!strcmp(line, "--version-script=libshmut.map")) snprintf(buf, sizeof(buf), "--version-script=%s", vs_path);
    else if (!strcmp(line, "somain.o") || !strcmp(line, "somain_nopie.o") || !strcmp(line, "libmutdep.so") ||
             !strcmp(line, "shutil.o"))
      snprintf(buf, sizeof(buf), "%s/%s", abs, line);
    else snprintf(buf, sizeof(buf), "%s", line);
    dyn_argv[k][n++] = strdup(buf);
  }
  dyn_argv[k][n] = NULL;
  fclose(f);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *inputs = getenv("WELD_FUZZ_INPUTS");
  if (!inputs) inputs = "build/fuzz-inputs";
  char src[PATH_MAX + 32];
  snprintf(src, sizeof(src), "%s/libfull.a", inputs);
  if (!realpath(src, libfull)) {
    fprintf(stderr, "fuzz_link: %s not found (run `make fuzz-inputs`, or set WELD_FUZZ_INPUTS)\n", src);
    exit(1);
  }
  snprintf(dir, sizeof(dir), "/dev/shm/weld-fuzz-%d", (int)getpid());
  if (mkdir(dir, 0700) && errno != EEXIST) {
    snprintf(dir, sizeof(dir), "/tmp/weld-fuzz-%d", (int)getpid());
    if (mkdir(dir, 0700) && errno != EEXIST) die(dir);
  }
  atexit(remove_dir);
  /* members of a thin archive given as input, and the archive a linker
   * script given as input names, are found next to it */
  const char *members[] = {"c.o", "d.o", "libthin.a"};
  for (int i = 0; i < 3; i++) {
    char from[PATH_MAX + 32], to[PATH_MAX + 32];
    snprintf(from, sizeof(from), "%s/%s", inputs, members[i]);
    snprintf(to, sizeof(to), "%s/%s", dir, members[i]);
    copy_file(from, to);
  }
  snprintf(in_path, sizeof(in_path), "%s/input", dir);
  snprintf(out_path, sizeof(out_path), "%s/out", dir);
  snprintf(err_path, sizeof(err_path), "%s/stderr", dir);
  snprintf(vs_path, sizeof(vs_path), "%s/input.map", dir);
  snprintf(obj_path, sizeof(obj_path), "%s/input.o", dir);
  load_dyn_args(inputs, "so-pie.args", 0);
  load_dyn_args(inputs, "so-nopie.args", 1);
  load_dyn_args(inputs, "so-shared.args", 2);
  /* the seed libshmut.o, for a -shared input without an object */
  snprintf(src, sizeof(src), "%s/libshmut.o", inputs);
  FILE *f = fopen(src, "rb");
  if (!f) {
    fprintf(stderr, "fuzz_link: %s not found (run `make fuzz-inputs`, or set WELD_FUZZ_INPUTS)\n", src);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  shobj_size = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  shobj = malloc(shobj_size ? shobj_size : 1);
  if (!shobj || fread(shobj, 1, shobj_size, f) != shobj_size) die(src);
  fclose(f);
  if (cntrs_start) {
    ncntrs = (size_t)(cntrs_stop - cntrs_start);
    shared_cntrs = mmap(NULL, ncntrs, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared_cntrs == MAP_FAILED) die("mmap");
  } else {
    fprintf(stderr, "fuzz_link: no coverage counters found; the fuzzer runs blind\n");
  }
  return 0;
}

static void run_child(size_t size, int mode) {
  in_child = 1;
  static const int sigs[] = {SIGALRM, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGABRT, SIGXFSZ};
  for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) signal(sigs[i], SIG_DFL);
  __sanitizer_set_death_callback(child_death);
  int nul = open("/dev/null", O_RDWR), err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (nul < 0 || err < 0) exit_now(90);
  dup2(nul, 0);
  dup2(nul, 1);
  dup2(err, 2);
  alarm(10);
  char *argv[176];
  int argc = 0;
  argv[argc++] = "weld";
  argv[argc++] = "--threads=1";
  if (mode == MODE_SHARED) {
    /* "#vs": the -shared link with input.map and input.o */
    if (size % 4 == 1) argv[argc++] = "--gc-sections";
    if (size % 4 == 2) argv[argc++] = "--no-undefined";
    if (size % 4 == 3) argv[argc++] = "--Bsymbolic";
    for (char **a = dyn_argv[2]; *a; a++) argv[argc++] = *a;
    argv[argc] = NULL;
    weld_main(argc, argv);
    __wrap__exit(0);
  }
  if (mode == MODE_DSO) {
    /* a shared object: the dynamic link, in libmut.so's place */
    if (size % 3 == 1) argv[argc++] = "--gc-sections";
    if (size % 3 == 2) argv[argc++] = "--export-dynamic";
    for (char **a = dyn_argv[size / 3 % 2]; *a; a++) argv[argc++] = *a;
    argv[argc] = NULL;
    weld_main(argc, argv);
    __wrap__exit(0);
  }
  argv[argc++] = "-nostdlib";
  argv[argc++] = "-static";
  argv[argc++] = "-e";
  argv[argc++] = "main";
  if (size % 3 == 1) argv[argc++] = "--gc-sections";
  if (size % 3 == 2) argv[argc++] = "--eh-frame-hdr";
  argv[argc++] = "-o";
  argv[argc++] = out_path;
  argv[argc++] = in_path;
  argv[argc++] = libfull;
  argv[argc] = NULL;
  weld_main(argc, argv);
  __wrap__exit(0);
}

static char *slurp(const char *path, size_t max) {
  char *s = malloc(max + 1);
  FILE *f = fopen(path, "rb");
  size_t n = f ? fread(s, 1, max, f) : 0;
  if (f) fclose(f);
  s[n] = 0;
  return s;
}

/* NULL if the run is fine, else why not.  Sanitizer reports are seen by
 * the exit status (the death callback's 77), not by searching stderr for
 * "AddressSanitizer" or "runtime error:": weld's messages quote file and
 * symbol names from the input, and the fuzzer learns to put those strings
 * there.  For the same reason only the first line of a failed link's
 * stderr is checked (a quoted name may hold a newline). */
static const char *judge(int status, const char *err, char *buf, size_t bufsz) {
  if (WIFSIGNALED(status)) {
    snprintf(buf, bufsz, "killed by signal %d%s", WTERMSIG(status), WTERMSIG(status) == SIGALRM ? " (timeout)" : "");
    return buf;
  }
  int st = WEXITSTATUS(status);
  if (st == 77) return "sanitizer report (death callback)";
  if (st > 1) {
    snprintf(buf, bufsz, "exit status %d", st);
    return buf;
  }
  if (st == 1 && strncmp(err, "weld: error:", 12) && strncmp(err, "weld: warning:", 14))
    return "exit 1 and stderr does not start with \"weld: error:\" or \"weld: warning:\"";
  if (st == 1 && strncmp(err, "weld: error:", 12) && !strstr(err, "\nweld: error:"))
    return "exit 1 without a \"weld: error:\" line";
  DIR *d = opendir(dir);
  struct dirent *de;
  const char *why = NULL;
  while (d && (de = readdir(d))) {
    if (!strncmp(de->d_name, "out.weld-", 9)) why = "a temporary output file was left behind";
    if (st == 1 && !strcmp(de->d_name, "out")) why = "the failed link left a file at OUT";
  }
  if (d) closedir(d);
  return why;
}

static void put_file(const char *path, const uint8_t *data, size_t size) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) die(path);
  if (size && write(fd, data, size) != (ssize_t)size) die(path);
  close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int mode = size >= 18 && !memcmp(data, "\177ELF", 4) && data[16] == 3 && data[17] == 0 ? MODE_DSO : MODE_STATIC;
  if (size >= 3 && !memcmp(data, "#vs", 3)) {
    /* the version script up to the first ELF magic, then the object */
    const uint8_t *elf = memmem(data, size, "\177ELF", 4);
    size_t at = elf ? (size_t)(elf - data) : size;
    put_file(vs_path, data, at);
    if (at < size) put_file(obj_path, data + at, size - at);
    else put_file(obj_path, shobj, shobj_size);
    mode = MODE_SHARED;
  } else {
    put_file(in_path, data, size);
  }
  unlink(out_path);
  if (shared_cntrs) memset(shared_cntrs, 0, ncntrs);
  pid_t pid = fork();
  if (pid < 0) die("fork");
  if (pid == 0) run_child(size, mode);
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) die("waitpid");
  for (size_t i = 0; i < ncntrs; i++)
    if (shared_cntrs[i]) {
      unsigned v = (unsigned)cntrs_start[i] + shared_cntrs[i];
      cntrs_start[i] = (uint8_t)(v > 255 ? 255 : v);
    }
  char *err = slurp(err_path, 1 << 16);
  char buf[128];
  const char *why = judge(status, err, buf, sizeof(buf));
  if (why) {
    fprintf(stderr, "==== fuzz_link: weld failed the robustness check: %s; its stderr:\n%s\n====\n", why, err);
    remove_dir(); /* libFuzzer's crash path skips atexit handlers */
    abort();
  }
  free(err);
  /* the output and any leftovers go before the next run */
  DIR *d = opendir(dir);
  struct dirent *de;
  char p[PATH_MAX + 300];
  while (d && (de = readdir(d)))
    if (!strncmp(de->d_name, "out", 3)) {
      snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
      unlink(p);
    }
  if (d) closedir(d);
  return 0;
}
