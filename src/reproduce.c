/*
 * reproduce.c - --reproduce=FILE.tar: a link packed up for a bug report.
 *
 * Once the inputs are read (even when reading them failed), every file the
 * link mapped - objects, archives, shared objects, linker scripts, version
 * scripts, dynamic lists; not the response files, whose contents are the
 * command line - goes into a POSIX ustar archive as NAME/ + its absolute
 * path (NAME: the tar's base name without .tar), with NAME/response.txt and
 * NAME/version.txt.  response.txt is the expanded command line with every
 * input path and -L directory rewritten relative to NAME/, one argument a
 * line, so that `cd NAME && weld @response.txt` links the same files again;
 * outputs (-o, -Map, ...) stay as given, and so do paths inside linker
 * scripts (libc.so names /lib/... itself: the copy is in the archive, the
 * re-run reads the system's).  lld's option of the same name does the same.
 * Names longer than ustar's 100 bytes use its 155-byte prefix field, else a
 * PAX extended header ('x', "path="); so do sizes past ustar's 8 GiB.
 * It is written to FILE.tmp and renamed; one that cannot be written is a
 * warning, and the link goes on.
 */
#include "weld.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* "/" + the path made absolute against the working directory, with "." and
 * ".." removed by name (as lld does: the same spelling always maps to the
 * same place in the archive). */
static char *absolute_path(Ctx *ctx, const char *path) {
  char cwd[4096] = "";
  if (path[0] != '/' && !getcwd(cwd, sizeof(cwd))) cwd[0] = 0;
  const char *full = path[0] == '/' ? path : arena_printf(ctx_arena(ctx), "%s/%s", cwd, path);
  size_t n = strlen(full);
  char *out = arena_alloc(ctx_arena(ctx), n + 2);
  size_t len = 0;
  for (const char *p = full; *p;) {
    while (*p == '/') p++;
    const char *s = p;
    while (*p && *p != '/') p++;
    size_t k = (size_t)(p - s);
    if (k == 0 || (k == 1 && s[0] == '.')) continue;
    if (k == 2 && s[0] == '.' && s[1] == '.') {
      while (len > 0 && out[len - 1] != '/') len--;
      if (len > 0) len--;
      continue;
    }
    out[len++] = '/';
    memcpy(out + len, s, k);
    len += k;
  }
  if (len == 0) out[len++] = '/';
  out[len] = 0;
  return out;
}

/* where PATH is inside NAME/: its absolute path without the leading '/' */
static const char *tar_relative(Ctx *ctx, const char *path) {
  const char *a = absolute_path(ctx, path);
  return a[1] ? a + 1 : ".";
}

/* ---------------------------------------------------------- tar writer */

typedef struct {
  FILE *fp;
  bool failed;
} Tar;

static void tar_write(Tar *t, const void *p, size_t n) {
  if (!t->failed && n && fwrite(p, 1, n, t->fp) != n) t->failed = true;
}

static void tar_pad(Tar *t, uint64_t size) {
  static const char zero[512];
  tar_write(t, zero, (size_t)(align_to(size, 512) - size));
}

static void octal(char *field, size_t width, uint64_t v) {
  /* width-1 digits and a NUL, as ustar writers do */
  snprintf(field, width, "%0*llo", (int)(width - 1), (unsigned long long)v);
}

static void tar_header(Tar *t, const char *name, const char *prefix, uint64_t size, char type) {
  char h[512] = {0};
  memcpy(h, name, MIN(strlen(name), 100)); /* 100 bytes: no NUL needed */
  octal(h + 100, 8, 0644);
  octal(h + 108, 8, 0);
  octal(h + 116, 8, 0);
  octal(h + 124, 12, size < (1ull << 33) ? size : 0);
  octal(h + 136, 12, 0);
  h[156] = type;
  memcpy(h + 257, "ustar", 6);
  memcpy(h + 263, "00", 2);
  if (prefix) memcpy(h + 345, prefix, MIN(strlen(prefix), 155));
  memset(h + 148, ' ', 8);
  unsigned sum = 0;
  for (int i = 0; i < 512; i++) sum += (uint8_t)h[i];
  snprintf(h + 148, 7, "%06o", sum);
  h[155] = ' ';
  tar_write(t, h, 512);
}

/* a PAX record "LEN key=value\n", LEN counting its own digits */
static char *pax_record(Ctx *ctx, const char *key, const char *value) {
  size_t body = 1 + strlen(key) + 1 + strlen(value) + 1, len = body + 1;
  while (len != body + (size_t)snprintf(NULL, 0, "%zu", len)) len = body + (size_t)snprintf(NULL, 0, "%zu", len);
  return arena_printf(ctx_arena(ctx), "%zu %s=%s\n", len, key, value);
}

static void tar_add(Ctx *ctx, Tar *t, const char *name, const void *data, uint64_t size) {
  size_t n = strlen(name);
  const char *prefix = NULL, *base = name;
  char *pax = NULL;
  char short_name[101];
  if (n > 100) {
    /* the ustar prefix: split at a '/' so that both halves fit */
    for (size_t i = n - 1; i > 0; i--)
      if (name[i] == '/' && i <= 155 && n - i - 1 <= 100 && n - i - 1 > 0) {
        prefix = arena_strndup(ctx_arena(ctx), name, i);
        base = name + i + 1;
        break;
      }
    if (!prefix) pax = pax_record(ctx, "path", name);
  }
  if (size >= (1ull << 33)) {
    char *s = pax_record(ctx, "size", arena_printf(ctx_arena(ctx), "%llu", (unsigned long long)size));
    pax = pax ? arena_printf(ctx_arena(ctx), "%s%s", pax, s) : s;
  }
  if (pax) {
    tar_header(t, "pax_header", NULL, strlen(pax), 'x');
    tar_write(t, pax, strlen(pax));
    tar_pad(t, strlen(pax));
    if (!prefix) {
      /* the ustar name, for readers that ignore PAX: the name cut short */
      snprintf(short_name, sizeof(short_name), "%s", name + (n > 100 ? n - 100 : 0));
      base = short_name;
    }
  }
  tar_header(t, base, prefix, size, '0');
  tar_write(t, data, (size_t)size);
  tar_pad(t, size);
}

/* ----------------------------------------------------- response.txt */

static void put_arg(Vec *out, const char *s) { vec_push(out, (void *)s); }

/* the argument quoted for weld's response-file reader (options.c) */
static const char *quote_arg(Ctx *ctx, const char *s) {
  if (*s && !strpbrk(s, " \t\n\r'\"\\")) return s;
  size_t n = strlen(s);
  char *q = arena_alloc(ctx_arena(ctx), 2 * n + 3), *w = q;
  *w++ = '"';
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') *w++ = '\\';
    *w++ = *s;
  }
  *w++ = '"';
  *w = 0;
  return q;
}

static const char *rewrite_dir(Ctx *ctx, const char *dir) {
  if (dir[0] == '=' || access(dir, F_OK) != 0) return dir; /* sysroot-relative, or absent: as given */
  return tar_relative(ctx, dir);
}

static int cmp_ptr(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)*(const char *const *)a, y = (uintptr_t)*(const char *const *)b;
  return x < y ? -1 : x > y;
}

/* the option NAME of a long option ("-NAME", "--NAME"), else NULL */
static const char *long_name(const char *a) {
  if (a[0] != '-') return NULL;
  return a + (a[1] == '-' ? 2 : 1);
}

static bool is_long(const char *a, const char *name, const char **val) {
  const char *s = long_name(a);
  size_t n = strlen(name);
  if (!s || strncmp(s, name, n)) return false;
  if (s[n] == '=') { *val = s + n + 1; return true; }
  if (s[n] == 0) { *val = NULL; return true; }
  return false;
}

/* The command line with the inputs renamed.  A mapped file's path is the
 * very string the command line gave (options.c keeps the pointers), so an
 * argument that holds one - "a.o", "--version-script=v.map" - is found by
 * address, never by guessing which options take file names. */
static char *response_text(Ctx *ctx, const char **paths, size_t npaths) {
  Vec *args = &ctx->opt.args;
  Vec out = {0};
  for (size_t i = 0; i < args->len; i++) {
    const char *a = args->data[i], *val;
    if (is_long(a, "reproduce", &val)) {
      if (!val) i++;
      continue;
    }
    if (is_long(a, "library-path", &val)) {
      if (val) {
        put_arg(&out, arena_printf(ctx_arena(ctx), "%.*s%s", (int)(val - a), a, rewrite_dir(ctx, val)));
      } else {
        put_arg(&out, a);
        if (i + 1 < args->len) put_arg(&out, rewrite_dir(ctx, args->data[++i]));
      }
      continue;
    }
    if (a[0] == '-' && a[1] == 'L') {
      if (a[2]) {
        put_arg(&out, arena_printf(ctx_arena(ctx), "-L%s", rewrite_dir(ctx, a + 2)));
      } else {
        put_arg(&out, a);
        if (i + 1 < args->len) put_arg(&out, rewrite_dir(ctx, args->data[++i]));
      }
      continue;
    }
    /* the first mapped path at or after a, if it lies inside a */
    size_t lo = 0, hi = npaths, n = strlen(a);
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if ((uintptr_t)paths[mid] < (uintptr_t)a) lo = mid + 1;
      else hi = mid;
    }
    if (lo < npaths && (uintptr_t)paths[lo] < (uintptr_t)(a + n)) {
      const char *p = paths[lo];
      put_arg(&out, arena_printf(ctx_arena(ctx), "%.*s%s", (int)(p - a), a, tar_relative(ctx, p)));
      continue;
    }
    put_arg(&out, a);
  }
  size_t len = 1;
  for (size_t i = 0; i < out.len; i++) out.data[i] = (void *)quote_arg(ctx, out.data[i]);
  for (size_t i = 0; i < out.len; i++) len += strlen(out.data[i]) + 1;
  char *text = arena_alloc(ctx_arena(ctx), len), *w = text;
  for (size_t i = 0; i < out.len; i++) {
    size_t k = strlen(out.data[i]);
    memcpy(w, out.data[i], k);
    w += k;
    *w++ = '\n';
  }
  *w = 0;
  free(out.data);
  return text;
}

/* ------------------------------------------------------------- driver */

void write_reproduce(Ctx *ctx) {
  const char *path = ctx->opt.reproduce;
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  size_t bn = strlen(base);
  if (bn > 4 && !strcmp(base + bn - 4, ".tar")) bn -= 4;
  const char *name = arena_strndup(ctx_arena(ctx), base, bn);

  /* the files read, without the response files and without repeats */
  size_t nfiles = ctx->mapped.len - MIN(ctx->opt.nrsp_mapped, ctx->mapped.len);
  MappedFile **files = (MappedFile **)ctx->mapped.data + (ctx->mapped.len - nfiles);
  const char **paths = calloc(nfiles + 1, sizeof(char *));
  const char **names = calloc(nfiles + 1, sizeof(char *));
  size_t cap = 16;
  while (cap < 2 * nfiles + 2) cap *= 2;
  const char **seen = calloc(cap, sizeof(char *));
  for (size_t i = 0; i < nfiles; i++) {
    paths[i] = files[i]->path;
    const char *rel = tar_relative(ctx, files[i]->path);
    size_t h = hash_str(rel) & (cap - 1);
    while (seen[h] && strcmp(seen[h], rel)) h = (h + 1) & (cap - 1);
    if (seen[h]) {
      names[i] = NULL;
      continue;
    }
    seen[h] = rel;
    names[i] = rel;
  }
  qsort(paths, nfiles, sizeof(char *), cmp_ptr);
  char *response = response_text(ctx, paths, nfiles);

  /* FILE.tmp renamed onto FILE, as the reports are written: never half a tar */
  struct stat st;
  bool special = stat(path, &st) == 0 && !S_ISREG(st.st_mode); /* /dev/stdout, a pipe: written in place */
  const char *tmp = special ? path : arena_printf(ctx_arena(ctx), "%s.tmp", path);
  Tar t = {fopen(tmp, "wb"), false};
  int err = 0;
  if (!t.fp) {
    err = errno;
  } else {
    tar_add(ctx, &t, arena_printf(ctx_arena(ctx), "%s/response.txt", name), response, strlen(response));
    const char *version = "weld " WELD_VERSION " (compatible with GNU ld)\n";
    tar_add(ctx, &t, arena_printf(ctx_arena(ctx), "%s/version.txt", name), version, strlen(version));
    for (size_t i = 0; i < nfiles; i++)
      if (names[i])
        tar_add(ctx, &t, arena_printf(ctx_arena(ctx), "%s/%s", name, names[i]), files[i]->data, files[i]->size);
    static const char end[1024];
    tar_write(&t, end, sizeof(end));
    if (t.failed) err = errno ? errno : EIO;
    if (fclose(t.fp) != 0 && !err) err = errno ? errno : EIO;
    if (!err && !special && rename(tmp, path) != 0) err = errno;
    if (err && !special) unlink(tmp);
  }
  if (err) warn(ctx, "--reproduce=%s: cannot write: %s", path, strerror(err));
  free(paths);
  free(names);
  free(seen);
}
