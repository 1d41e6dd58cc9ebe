/*
 * version.c - the version of each symbol a link defines: from a .symver
 * name in its object (foo@@V is the default version V of foo, foo@V a
 * hidden, older one) or from the --version-script nodes (verscript.c
 * parses and matches them).  Decided once per exported symbol by
 * classify_symbols; dynamic.c writes .gnu.version and .gnu.version_d.
 *
 * A .symver version must be a node of the version scripts (GNU ld: "version
 * node not found").  A symbol a script lists as local: is not exported.
 * --dynamic-list files are read with the same parser (in_dynamic_list).
 */
#include "weld.h"
#include "verscript.h"
#include "demangle.h"

#include <errno.h>
#include <fnmatch.h>

/* --version-script and --dynamic-list files share the language (a dynamic
 * list is one anonymous node); several files of a kind accumulate. */
void read_script(Ctx *ctx, struct VersionScript **vs, const char *option, const char *path) {
  MappedFile *mf = map_file(ctx, path);
  if (!mf) fatal(ctx, "%s=%s: cannot open: %s", option, path, strerror(errno));
  if (!*vs) *vs = calloc(1, sizeof(VersionScript));
  char err[512];
  if (!*vs || !verscript_parse(*vs, path, (const char *)mf->data, mf->size, err, sizeof(err)))
    fatal(ctx, "%s", *vs ? err : "out of memory");
}

void finish_scripts(Ctx *ctx) {
  char err[512];
  struct VersionScript *vs[] = {ctx->opt.version_script, ctx->opt.dynamic_list_file};
  for (size_t i = 0; i < ARRAY_SIZE(vs); i++)
    if (vs[i] && !verscript_finish(vs[i], err, sizeof(err))) fatal(ctx, "%s", err);
}

/* A --dynamic-list file's patterns (local: ones excepted), and the
 * --export-dynamic-symbol globs. */
bool in_dynamic_list(Ctx *ctx, const Symbol *s) {
  Vec *l = &ctx->opt.dynamic_list;
  for (size_t i = 0; i < l->len; i++)
    if (!fnmatch(l->data[i], s->name, 0)) return true;
  VersionScript *vs = ctx->opt.dynamic_list_file;
  if (!vs) return false;
  char *dem = verscript_has_cxx(vs) ? demangle(s->name) : NULL;
  bool local;
  const VerNode *n = verscript_match(vs, s->name, dem, &local);
  free(dem);
  return n && !local;
}

/* The named versions in .gnu.version_d order (index 2, 3, ...): when a
 * script has named nodes, every node is named (the anonymous node stands
 * alone, verscript_finish), so the k-th version is the k-th node. */
uint32_t version_count(Ctx *ctx) {
  VersionScript *vs = ctx->opt.version_script;
  return vs && vs->nnodes && vs->nodes[0].name ? vs->nnodes : 0;
}

const char *version_name(Ctx *ctx, uint32_t k, const char **parents[], uint32_t *nparents) {
  VerNode *n = &ctx->opt.version_script->nodes[k];
  *parents = n->parents;
  *nparents = n->nparents;
  return n->name;
}

/* foo@@V / foo@V in the defining object: the version index (hidden ones
 * with VERSYM_HIDDEN), or 0 with an error if no script defines V. */
static uint16_t symver_version(Ctx *ctx, Symbol *s, const char *at) {
  bool hidden = at[1] != '@';
  const char *ver = at + (hidden ? 1 : 2);
  const VerNode *n = ctx->opt.version_script ? verscript_find_node(ctx->opt.version_script, ver) : NULL;
  if (!n) {
    error(ctx, "%s: version node not found for symbol %s (.symver names version '%s', which no --version-script "
               "defines)",
          file_name(s->file), esym_name(s->file, s->esym), ver);
    return 0;
  }
  return (uint16_t)(n->index | (hidden ? 0x8000 : 0));
}

uint16_t symbol_version(Ctx *ctx, Symbol *s, bool *local) {
  *local = false;
  if (s->file && !s->file->is_dso) {
    const char *raw = esym_name(s->file, s->esym), *at = strchr(raw, '@');
    if (at) return symver_version(ctx, s, at);
  }
  VersionScript *vs = ctx->opt.version_script;
  if (!vs) return VER_NDX_GLOBAL;
  char *dem = verscript_has_cxx(vs) ? demangle(s->name) : NULL;
  const VerNode *n = verscript_match(vs, s->name, dem, local);
  free(dem);
  return n && !*local ? n->index : VER_NDX_GLOBAL;
}
