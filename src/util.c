/*
 * util.c - the small pieces every pass uses: arenas, growable vectors,
 * diagnostics (buffered, printed in a fixed order at checkpoints), file
 * mapping, hashing, timers and the thread pool behind par_for.
 *
 * The thread pool is the only holder of thread-local state (the worker id);
 * everything else hangs off the Ctx.
 */
#include "weld.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------- arenas */

struct ArenaBlock {
  ArenaBlock *next;
  size_t size;
};

#define HUGE_PAGE (2u << 20)
#define ARENA_BLOCK (4u << 20)

/* Zeroed memory for big, long-lived data, in transparent huge pages where
 * the kernel has them.  On these VMs the first touch of a 4 KiB page costs
 * microseconds even after MAP_POPULATE (the hypervisor fills its own page
 * tables lazily), while a 2 MiB page costs that once: so the block is
 * aligned to 2 MiB and marked MADV_HUGEPAGE, and its pages come on first
 * touch, 2 MiB at a time, in the thread that uses them.  (Populating the
 * block at once measured slower: it zeroes pages that are never used.)
 * Without THP, the block is populated in one call instead of a fault per
 * 4 KiB page.  `size` is rounded up to 2 MiB; NULL when out of memory. */
static bool thp_available(void) {
  static atomic_int avail = -1;
  int v = atomic_load(&avail);
  if (v < 0) {
    char buf[128] = {0};
    int fd = open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
    if (fd >= 0) close(fd);
    v = n > 0 && !strstr(buf, "[never]");
    atomic_store(&avail, v);
  }
  return v;
}

void *huge_alloc(size_t size) {
  size = align_to(size, HUGE_PAGE);
  size_t len = size + HUGE_PAGE;
  char *raw = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return NULL;
  char *p = (char *)align_to((uintptr_t)raw, HUGE_PAGE);
  if (p > raw) munmap(raw, (size_t)(p - raw));
  if (raw + len > p + size) munmap(p + size, (size_t)(raw + len - (p + size)));
  if (thp_available()) {
    madvise(p, size, MADV_HUGEPAGE);
  } else if (madvise(p, size, MADV_POPULATE_WRITE) < 0 && errno == ENOMEM) {
    munmap(p, size);
    return NULL;
  }
  return p;
}

void huge_free(void *p, size_t size) {
  if (p) munmap(p, align_to(size, HUGE_PAGE));
}

void *table_alloc(size_t size) { return size >= (1u << 20) ? huge_alloc(size) : calloc(1, size); }

void table_free(void *p, size_t size) {
  if (size >= (1u << 20)) huge_free(p, size);
  else free(p);
}

void *arena_alloc(Arena *a, size_t size) {
  size = align_to(size, 16);
  if ((size_t)(a->end - a->cur) < size) {
    size_t bsize = align_to(MAX(size + sizeof(ArenaBlock) + 16, (size_t)ARENA_BLOCK), HUGE_PAGE);
    ArenaBlock *b = huge_alloc(bsize);
    if (!b) {
      fprintf(stderr, "weld: error: out of memory (allocating %zu bytes)\n", size);
      remove_temp_output();
      _exit(1);
    }
    b->next = a->head;
    b->size = bsize;
    a->head = b;
    a->cur = (char *)align_to((uintptr_t)(b + 1), 16);
    a->end = (char *)b + bsize;
  }
  /* blocks come zeroed and are never reused: no memset */
  char *p = a->cur;
  a->cur += size;
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = arena_alloc(a, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

void arena_free_all(Arena *a) {
  ArenaBlock *b = a->head;
  while (b) {
    ArenaBlock *n = b->next;
    munmap(b, b->size);
    b = n;
  }
  a->head = NULL;
  a->cur = a->end = NULL;
}

static _Thread_local int tls_worker_id;

int worker_id(void) { return tls_worker_id; }

Arena *ctx_arena(Ctx *ctx) { return &ctx->arenas[tls_worker_id]; }

void vec_push(Vec *v, void *p) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->data = realloc(v->data, v->cap * sizeof(void *));
    if (!v->data) {
      fprintf(stderr, "weld: error: out of memory\n");
      remove_temp_output();
      _exit(1);
    }
  }
  v->data[v->len++] = p;
}

void vec_free(Vec *v) {
  free(v->data);
  v->data = NULL;
  v->len = v->cap = 0;
}

static size_t offmap_home(uint64_t key, size_t cap) { return (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 20) & (cap - 1); }

void **offmap_find(OffMap *m, uint64_t key) {
  if (!m->cap) return NULL;
  for (size_t j = offmap_home(key, m->cap); m->keys[j]; j = (j + 1) & (m->cap - 1))
    if (m->keys[j] == key + 1) return &m->vals[j];
  return NULL;
}

void offmap_put(OffMap *m, uint64_t key, void *val) {
  void **slot = offmap_find(m, key);
  if (slot) {
    *slot = val;
    return;
  }
  if ((m->len + 1) * 2 > m->cap) {
    OffMap n = {calloc(m->cap ? m->cap * 2 : 64, sizeof(uint64_t)), calloc(m->cap ? m->cap * 2 : 64, sizeof(void *)),
                m->cap ? m->cap * 2 : 64, 0};
    if (!n.keys || !n.vals) {
      fprintf(stderr, "weld: error: out of memory\n");
      remove_temp_output();
      _exit(1);
    }
    for (size_t i = 0; i < m->cap; i++)
      if (m->keys[i]) offmap_put(&n, m->keys[i] - 1, m->vals[i]);
    free(m->keys);
    free(m->vals);
    *m = n;
  }
  size_t j = offmap_home(key, m->cap);
  while (m->keys[j]) j = (j + 1) & (m->cap - 1);
  m->keys[j] = key + 1;
  m->vals[j] = val;
  m->len++;
}

/* --------------------------------------------------------- diagnostics */

typedef struct {
  uint64_t key, seq;
  char *text;
} Msg;

static pthread_mutex_t msg_lock = PTHREAD_MUTEX_INITIALIZER;

static bool use_color(Ctx *ctx) {
  return ctx->opt.color == 1 || (ctx->opt.color == 2 && isatty(2) && getenv("TERM") && strcmp(getenv("TERM"), "dumb"));
}

static void add_msg(Ctx *ctx, uint64_t key, const char *kind, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int blen = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  char *body = malloc((size_t)(blen > 0 ? blen : 0) + 1);
  vsnprintf(body, (size_t)(blen > 0 ? blen : 0) + 1, fmt, ap);
  const char *on = "", *off = "";
  if (use_color(ctx)) {
    on = !strcmp(kind, "error: ") ? "\033[1;31m" : !strcmp(kind, "warning: ") ? "\033[1;35m" : "\033[1m";
    off = "\033[0m";
  }
  size_t n = strlen("weld: ") + strlen(on) + strlen(kind) + strlen(off) + strlen(body) + 3;
  Msg *m = malloc(sizeof(Msg));
  m->text = malloc(n);
  snprintf(m->text, n, "weld: %s%s%s%s\n", on, kind, off, body);
  free(body);
  pthread_mutex_lock(&msg_lock);
  m->key = key;
  m->seq = ctx->msg_seq++;
  vec_push(&ctx->msgs, m);
  pthread_mutex_unlock(&msg_lock);
}

void error(Ctx *ctx, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_msg(ctx, UINT64_MAX, "error: ", fmt, ap);
  va_end(ap);
  atomic_fetch_add(&ctx->nerrors, 1);
}

void error_keyed(Ctx *ctx, uint64_t key, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_msg(ctx, key, "error: ", fmt, ap);
  va_end(ap);
  atomic_fetch_add(&ctx->nerrors, 1);
}

void warn(Ctx *ctx, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (ctx->opt.fatal_warnings) {
    add_msg(ctx, UINT64_MAX, "error: ", fmt, ap);
    atomic_fetch_add(&ctx->nerrors, 1);
  } else {
    add_msg(ctx, UINT64_MAX, "warning: ", fmt, ap);
  }
  va_end(ap);
  ctx->nwarnings++;
}

void warn_keyed(Ctx *ctx, uint64_t key, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (ctx->opt.fatal_warnings) {
    add_msg(ctx, key, "error: ", fmt, ap);
    atomic_fetch_add(&ctx->nerrors, 1);
  } else {
    add_msg(ctx, key, "warning: ", fmt, ap);
  }
  va_end(ap);
  __atomic_fetch_add(&ctx->nwarnings, 1, __ATOMIC_RELAXED);
}

void note(Ctx *ctx, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_msg(ctx, UINT64_MAX, ">>> ", fmt, ap);
  va_end(ap);
}

static int msg_cmp(const void *a, const void *b) {
  const Msg *x = *(Msg *const *)a, *y = *(Msg *const *)b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void flush_diagnostics(Ctx *ctx) {
  pthread_mutex_lock(&msg_lock);
  /* Keyed messages (from parallel code) sort by key; unkeyed keep their
   * order of arrival, which is deterministic because they come from serial
   * code. */
  if (ctx->msgs.len) qsort(ctx->msgs.data, ctx->msgs.len, sizeof(void *), msg_cmp);
  for (size_t i = 0; i < ctx->msgs.len; i++) {
    Msg *m = ctx->msgs.data[i];
    fputs(m->text, stderr);
    free(m->text);
    free(m);
  }
  ctx->msgs.len = 0;
  pthread_mutex_unlock(&msg_lock);
  fflush(stderr);
}

void weld_exit(Ctx *ctx, int status) {
  remove_temp_output(); /* first: printing may fail or block */
  if (ctx) flush_diagnostics(ctx);
  fflush(stdout);
  _exit(status);
}

void fatal(Ctx *ctx, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_msg(ctx, UINT64_MAX, "error: ", fmt, ap);
  va_end(ap);
  weld_exit(ctx, 1);
}

void checkpoint(Ctx *ctx) {
  flush_diagnostics(ctx);
  if (atomic_load(&ctx->nerrors)) weld_exit(ctx, 1);
}

void weld_bug(const char *file, int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "weld: internal error at %s:%d: ", file, line);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  remove_temp_output();
  _exit(2);
}

/* ------------------------------------------------------------- hashing */

/* 64-bit FNV-1a followed by a finaliser; fast enough for symbol names and
 * string pieces, and stable across runs. */
uint64_t hash_bytes(const void *p, size_t n) {
  const uint8_t *s = p;
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h ^= rd64(s + i);
    h *= 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

/* Four independent multiply-rotate lanes over 32-byte blocks (the last one
 * zero-padded), folded into two 64-bit halves with the length.  Several
 * times the speed of SHA-1; meant for telling contents apart, not for
 * resisting an adversary. */
static inline uint64_t rotl64(uint64_t x, int r) { return x << r | x >> (64 - r); }

static inline uint64_t fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

void hash128(const void *data, size_t n, uint8_t out[16]) {
  const uint8_t *p = data;
  const uint64_t k1 = 0x9e3779b97f4a7c15ULL, k2 = 0xc2b2ae3d27d4eb4fULL;
  uint64_t a = k1, b = k2, c = ~k1, d = ~k2;
  size_t i = 0;
#define LANES(q)                                     \
  do {                                               \
    a = rotl64(a + rd64((q)) * k2, 31) * k1;         \
    b = rotl64(b + rd64((q) + 8) * k2, 29) * k1;     \
    c = rotl64(c + rd64((q) + 16) * k2, 27) * k1;    \
    d = rotl64(d + rd64((q) + 24) * k2, 25) * k1;    \
  } while (0)
  for (; i + 32 <= n; i += 32) LANES(p + i);
  uint8_t tail[32] = {0};
  memcpy(tail, p + i, n - i);
  LANES(tail);
#undef LANES
  uint64_t h1 = fmix64(a ^ rotl64(b, 17) ^ rotl64(c, 31) ^ rotl64(d, 47) ^ (uint64_t)n);
  uint64_t h2 = fmix64(b + rotl64(c, 13) + rotl64(d, 37) + rotl64(a, 53) + (uint64_t)n * k1);
  wr64(out, h1);
  wr64(out + 8, h2);
}

/* ------------------------------------------------------------- files */

MappedFile *map_file(Ctx *ctx, const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat st;
  if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    return NULL;
  }
  MappedFile *mf = NEW(ctx, MappedFile);
  mf->path = path;
  mf->size = (size_t)st.st_size;
  if (mf->size) {
    void *p = mmap(NULL, mf->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      close(fd);
      return NULL;
    }
    mf->data = p;
  } else {
    mf->data = (const uint8_t *)"";
  }
  close(fd);
  vec_push(&ctx->mapped, mf);
  return mf;
}

/* ------------------------------------------------------------- timing */

double now_sec(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double cpu_sec(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

void timer_pass(Ctx *ctx, const char *name) {
  double t = now_sec(), c = cpu_sec();
  if (ctx->t_name && ctx->opt.time_report) {
    Timing *tm = malloc(sizeof(Timing));
    tm->name = ctx->t_name;
    tm->secs = t - ctx->t_last;
    tm->cpu = c - ctx->t_cpu;
    tm->rss_mb = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size, res;
    if (f && fscanf(f, "%lu %lu", &size, &res) == 2) tm->rss_mb = (double)res * (double)sysconf(_SC_PAGESIZE) / (1 << 20);
    if (f) fclose(f);
    vec_push(&ctx->timings, tm);
  }
  ctx->t_name = name;
  ctx->t_last = t;
  ctx->t_cpu = c;
}

/* -------------------------------------------------------- thread pool */

typedef struct {
  Ctx *ctx;
  ParFn fn;
  void *arg;
  size_t n, grain;
  atomic_size_t next;
  atomic_int pending;     /* workers still in this job */
} Job;

static pthread_t *workers;
static int nworkers;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_cv = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;
static Job *cur_job;
static uint64_t job_gen;
static bool pool_exit;

static void run_chunks(Job *j) {
  for (;;) {
    size_t start = atomic_fetch_add(&j->next, j->grain);
    if (start >= j->n) break;
    size_t end = start + j->grain < j->n ? start + j->grain : j->n;
    for (size_t i = start; i < end; i++) j->fn(j->ctx, j->arg, i);
  }
}

static void *worker_main(void *p) {
  tls_worker_id = (int)(intptr_t)p;
  uint64_t seen = 0;
  pthread_mutex_lock(&pool_lock);
  for (;;) {
    while (!pool_exit && job_gen == seen) pthread_cond_wait(&pool_cv, &pool_lock);
    if (pool_exit) break;
    seen = job_gen;
    Job *j = cur_job;
    pthread_mutex_unlock(&pool_lock);
    run_chunks(j);
    pthread_mutex_lock(&pool_lock);
    if (atomic_fetch_sub(&j->pending, 1) == 1) pthread_cond_signal(&done_cv);
  }
  pthread_mutex_unlock(&pool_lock);
  return NULL;
}

void threads_start(Ctx *ctx, int n) {
  ctx->nthreads = n;
  ctx->arenas = calloc((size_t)n, sizeof(Arena));
  nworkers = n - 1;
  if (nworkers <= 0) return;
  workers = calloc((size_t)nworkers, sizeof(pthread_t));
  for (int i = 0; i < nworkers; i++) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 8u << 20);
    if (pthread_create(&workers[i], &attr, worker_main, (void *)(intptr_t)(i + 1)) != 0) {
      nworkers = i;
      pthread_attr_destroy(&attr);
      break;
    }
    pthread_attr_destroy(&attr);
  }
}

void threads_stop(Ctx *ctx) {
  (void)ctx;
  pthread_mutex_lock(&pool_lock);
  pool_exit = true;
  pthread_cond_broadcast(&pool_cv);
  pthread_mutex_unlock(&pool_lock);
  for (int i = 0; i < nworkers; i++) pthread_join(workers[i], NULL);
  nworkers = 0;
}

/* The job par_start gave the workers; while it runs, par_for works alone. */
static Job *async_job;

/* Hands job j to the workers; wait_job waits until they are done with it. */
static void publish_job(Job *j) {
  atomic_init(&j->next, 0);
  atomic_init(&j->pending, nworkers);
  pthread_mutex_lock(&pool_lock);
  cur_job = j;
  job_gen++;
  pthread_cond_broadcast(&pool_cv);
  pthread_mutex_unlock(&pool_lock);
}

static void wait_job(Job *j) {
  pthread_mutex_lock(&pool_lock);
  while (atomic_load(&j->pending) > 0) pthread_cond_wait(&done_cv, &pool_lock);
  pthread_mutex_unlock(&pool_lock);
}

void par_for(Ctx *ctx, size_t n, size_t grain, ParFn fn, void *arg) {
  if (n == 0) return;
  if (grain == 0) grain = 1;
  if (nworkers == 0 || n <= grain || async_job) {
    for (size_t i = 0; i < n; i++) fn(ctx, arg, i);
    return;
  }
  Job j = {.ctx = ctx, .fn = fn, .arg = arg, .n = n, .grain = grain};
  publish_job(&j);
  run_chunks(&j);
  wait_job(&j);
}

/* par_start hands a loop to the workers and returns at once, so that the
 * caller can do serial work meanwhile (the workers' cores would idle);
 * par_finish joins in on what is left and waits.  One at a time; par_for
 * in between runs on the caller alone. */
void par_start(Ctx *ctx, size_t n, size_t grain, ParFn fn, void *arg) {
  if (async_job) BUG("par_start while a started loop is running");
  Job *j = calloc(1, sizeof(Job));
  if (!j) fatal(ctx, "out of memory");
  *j = (Job){.ctx = ctx, .fn = fn, .arg = arg, .n = n, .grain = grain ? grain : 1};
  atomic_init(&j->next, 0);
  async_job = j;
  if (nworkers > 0 && n > 0) publish_job(j);
}

void par_finish(Ctx *ctx) {
  (void)ctx;
  Job *j = async_job;
  if (!j) return;
  run_chunks(j);
  if (nworkers > 0 && j->n > 0) wait_job(j);
  async_job = NULL;
  free(j);
}
