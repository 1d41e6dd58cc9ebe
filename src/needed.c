/*
 * needed.c - the shared objects that the link's shared objects need
 * (their DT_NEEDED entries, transitively), which GNU ld also reads: a
 * library may call back into the executable (libB needs prog_hook, and the
 * program links only libA, which needs libB), so the executable must
 * export its definitions of every name those libraries reference or
 * define.  They are found as GNU ld finds them for a native link:
 * -rpath-link directories, then -rpath, LD_LIBRARY_PATH, the directories
 * of /etc/ld.so.conf and the default ones; not -L.
 *
 * They take no part in resolution (GNU ld's --no-copy-dt-needed-entries):
 * they get no DT_NEEDED and define nothing for regular objects; they only
 * mark the symbols they share with the link (Symbol.dso_ref), and tell the
 * undefined-symbol report where a missing name is (ctx->needed_dsos).  One
 * that cannot be found or read is skipped, as GNU ld only warns then.
 */
#include "weld.h"

#include <glob.h>

static void add_dir(Vec *dirs, const char *d, size_t n) {
  if (!n) return;
  char *s = malloc(n + 1);
  if (!s) return;
  memcpy(s, d, n);
  s[n] = 0;
  vec_push(dirs, s);
}

static void add_path_list(Vec *dirs, const char *list) {
  while (list && *list) {
    size_t n = strcspn(list, ":");
    add_dir(dirs, list, n);
    list += n + (list[n] == ':');
  }
}

/* /etc/ld.so.conf: one directory per line, "include GLOB" lines, '#' comments */
static void add_ld_so_conf(Vec *dirs, const char *path, int depth) {
  FILE *f = depth < 8 ? fopen(path, "r") : NULL;
  if (!f) return;
  char line[4096];
  while (fgets(line, sizeof(line), f)) {
    char *p = line + strspn(line, " \t");
    p[strcspn(p, "#\r\n")] = 0;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t')) p[--n] = 0;
    if (!strncmp(p, "include", 7) && (p[7] == ' ' || p[7] == '\t')) {
      glob_t g;
      if (!glob(p + 8 + strspn(p + 8, " \t"), 0, NULL, &g))
        for (size_t i = 0; i < g.gl_pathc; i++) add_ld_so_conf(dirs, g.gl_pathv[i], depth + 1);
      globfree(&g);
    } else if (p[0] == '/') {
      add_dir(dirs, p, n);
    }
  }
  fclose(f);
}

static Vec search_dirs(Ctx *ctx) {
  Vec dirs = {0};
  for (size_t i = 0; i < ctx->opt.rpath_links.len; i++) add_path_list(&dirs, ctx->opt.rpath_links.data[i]);
  for (size_t i = 0; i < ctx->opt.rpaths.len; i++) add_path_list(&dirs, ctx->opt.rpaths.data[i]);
  add_path_list(&dirs, getenv("LD_LIBRARY_PATH"));
  add_ld_so_conf(&dirs, "/etc/ld.so.conf", 0);
  static const char *const defaults[] = {"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64",
                                         "/usr/lib64", "/lib", "/usr/lib"};
  for (size_t i = 0; i < ARRAY_SIZE(defaults); i++) add_dir(&dirs, defaults[i], strlen(defaults[i]));
  return dirs;
}

static bool have_soname(Vec *loaded, const char *name) {
  for (size_t i = 0; i < loaded->len; i++)
    if (!strcmp(((InputFile *)loaded->data[i])->soname, name)) return true;
  return false;
}

/* The needed object named `name`: a path if it has a '/', else the first
 * readable shared object of that name in the search directories. */
static InputFile *find_needed(Ctx *ctx, Vec *dirs, const char *name) {
  for (size_t i = 0; i <= dirs->len; i++) {
    const char *path = name;
    if (!strchr(name, '/')) {
      if (i == dirs->len) break;
      path = arena_printf(ctx_arena(ctx), "%s/%s", (const char *)dirs->data[i], name);
    } else if (i) {
      break;
    }
    MappedFile *mf = map_file(ctx, path);
    if (!mf) continue;
    InputFile *f = parse_shared(ctx, path, mf->data, mf->size, ctx->next_priority++, true);
    if (f) return f;
  }
  return NULL;
}

/* Marks the link's symbols that `f` references or defines. */
static void mark_shared_names(Ctx *ctx, InputFile *f) {
  for (uint32_t i = f->first_global; i < f->nsyms; i++) {
    if (ELF64_ST_BIND(f->esyms[i].st_info) == STB_LOCAL) continue;
    Symbol *s = sym_find_hashed(ctx, esym_name(f, i), f->sym_hashes[i - f->first_global]);
    if (s) s->dso_ref = true;
  }
}

void load_needed_dsos(Ctx *ctx) {
  if (!ctx->dsos.len || ctx->opt.static_link) return;
  Vec loaded = {0}, dirs = {0};
  bool have_dirs = false;
  for (size_t i = 0; i < ctx->dsos.len; i++) vec_push(&loaded, ctx->dsos.data[i]);
  for (size_t i = 0; i < loaded.len; i++) {
    InputFile *f = loaded.data[i];
    for (uint32_t k = 0; k < f->ndt_needed; k++) {
      const char *name = f->dt_needed[k];
      if (have_soname(&loaded, name)) continue;
      if (!have_dirs) {
        dirs = search_dirs(ctx);
        have_dirs = true;
      }
      InputFile *g = find_needed(ctx, &dirs, name);
      if (!g || have_soname(&loaded, g->soname)) continue;
      g->why_file = f;
      vec_push(&loaded, g);
      vec_push(&ctx->needed_dsos, g);
      mark_shared_names(ctx, g);
    }
  }
  for (size_t i = 0; i < dirs.len; i++) free(dirs.data[i]);
  vec_free(&dirs);
  vec_free(&loaded);
}
