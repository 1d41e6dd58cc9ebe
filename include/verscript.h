/*
 * verscript.h - GNU ld version scripts (--version-script): parsing and
 * matching symbol names against the patterns.
 *
 * Self-contained: no Ctx.  A VersionScript starts zeroed; each script is
 * added with verscript_parse, then verscript_finish checks the rules that
 * span nodes and builds the lookup tables.  After that the structure is
 * read only and verscript_match may be called from any thread.
 *
 * Matching follows GNU ld 2.40 (src/verscript.c gives the rules and the
 * experiments behind them): an exact name beats every glob, a glob other
 * than a lone "*" beats "*", and at equal rank a global pattern beats a
 * local one.
 */
#ifndef WELD_VERSCRIPT_H
#define WELD_VERSCRIPT_H

#include "weld.h"

typedef struct VerPattern {
  const char *text;   /* the name or glob as written, quotes removed; an exact
                         name also loses its backslash escapes (f\oo is foo) */
  bool glob;          /* contains * ? or [ (quoted names are never globs) */
  bool cxx;           /* inside extern "C++" { }: matched against the demangled name */
  bool local;         /* in a local: list */
  bool star;          /* the lone glob "*", the weakest rank */
  uint32_t prefix;    /* glob: length of the literal text before its first
                         special character (a quick reject before fnmatch) */
  uint32_t node;      /* index of its node in VersionScript.nodes */
  uint32_t line, col; /* where it was written (1-based) */
} VerPattern;

typedef struct VerNode {
  const char *name;        /* NULL: the anonymous node "{ ... };" */
  const char **parents;    /* the nodes it inherits from ("} VER_1;"), by name */
  uint32_t *parent_lines, *parent_cols; /* where each parent was named */
  uint32_t nparents;
  VerPattern *pats;
  uint32_t npats;
  uint16_t index;          /* .gnu.version index: named nodes 2, 3, ... in script
                              order; the anonymous node VER_NDX_GLOBAL (1) */
  const char *path;        /* the script it came from */
  uint32_t line, col;      /* where its name (or its "{") was written */
} VerNode;

typedef struct VerEntry VerEntry;

typedef struct VersionScript {
  Arena arena;
  VerNode *nodes;
  uint32_t nnodes;
  /* private */
  uint32_t nnamed;      /* named nodes so far: the next one gets index 2 + nnamed */
  bool has_cxx;
  uint32_t *slots;      /* hash of every pattern text: entry index + 1, 0 = empty */
  VerEntry *entries;
  size_t mask, nentries;
  uint32_t *node_slots; /* hash of version names: node index + 1, 0 = empty */
  size_t node_mask;
  const VerPattern **globs; /* every glob, in script order */
  uint32_t nglobs;
} VersionScript;

/* Parses one script (`path` for messages) and appends its nodes to vs.
 * Several scripts may be given (--version-script twice): nodes accumulate.
 * On error returns false and writes one line
 * "PATH:LINE:COL: version script: MESSAGE" (no trailing newline) into err. */
bool verscript_parse(VersionScript *vs, const char *path, const char *text, size_t size, char *err,
                     size_t errsize);

/* After all scripts: checks the rules that span nodes (a version named
 * twice, an anonymous node together with others, a parent not defined
 * before the node naming it, a pattern that is global in one node and local
 * in another) and builds the lookup tables.  Same error convention. */
bool verscript_finish(VersionScript *vs, char *err, size_t errsize);

/* The node whose pattern a symbol matches, and whether that pattern is
 * local (*local); NULL if none matches.  `demangled` is the demangled name,
 * or NULL if the name does not demangle: C++ patterns then see the name as
 * it is, as in GNU ld.  The caller demangles once, and only if
 * verscript_has_cxx.  Thread-safe after finish (read only). */
const VerNode *verscript_match(const VersionScript *vs, const char *name, const char *demangled, bool *local);

bool verscript_has_cxx(const VersionScript *vs);

/* The node named `name` (a version name), or NULL. */
const VerNode *verscript_find_node(const VersionScript *vs, const char *name);

void verscript_free(VersionScript *vs);

#endif
