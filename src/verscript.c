/*
 * verscript.c - GNU ld version scripts: the parser and the matcher.
 *
 * The language, as GNU ld 2.40 reads a --version-script file:
 *
 *   V1 { global: foo; bar*; local: *; };     a node; parents follow the "}"
 *   V2 { baz; extern "C++" { "ns::f(int)"; ns::g*; }; } V1;
 *   { foo; local: *; };                       the anonymous node (alone only)
 *
 * Comments are C-style and "#" to the end of the line.  A body is "{ }",
 * or patterns without a label (all global), or "global:" then "local:",
 * each at most once and in that order.  Every pattern ends with ";", except
 * the last one inside an extern block, whose closing "}" must be followed
 * by ";".  Languages are "C" and "C++", in any case; extern blocks may nest.
 * A quoted pattern is an exact name taken as is; an unquoted one is a glob
 * if it has an unescaped "*", "?" or "[" (fnmatch, no flags), and otherwise
 * an exact name with its backslashes removed.  Unquoted names take any
 * byte above the space but DEL and { } ; : " #, with "::" allowed, and end
 * where a comment starts.  Beyond GNU
 * ld (which rejects them), a VERSION { ... } wrapper is accepted, an empty
 * script is no error, and names may hold characters such as @ < > ( ) ,.
 *
 * Which pattern wins (GNU ld 2.40, checked by linking shared libraries with
 * ld.bfd and reading readelf --dyn-syms):
 *   1. an exact name, C or C++, anywhere: the first in script order, and a
 *      node's global list before its local one (V1 { local: _Z3foov; };
 *      V2 { extern "C++" { "foo()"; }; }; hides foo());
 *   2. else a glob other than a lone "*": a global one in the last node that
 *      has one (V1 { f*; }; V2 { fo*; }; V3 { f*; }; puts foo in V3), even
 *      over a local one in a later node; else a local one;
 *   3. else a lone "*": global before local ("**" is rank 2).
 * A C++ pattern sees the demangled name, or the name itself when it does
 * not demangle (extern "C++" { cfun; } exports the C function cfun).
 *
 * Rules across nodes: version names are unique; the anonymous node stands
 * alone; a parent must be defined before the node naming it; and the same
 * pattern (text, language, glob or not) may not be global in one node and
 * local in another.  Listing it twice in the same list kind, or global and
 * local in one node, is allowed (GNU ld does not complain either).
 *
 * Exact patterns are found through a hash table; globs are tried from the
 * last backwards, which ends at the first global one that matches.
 */
#include "verscript.h"

#include <fnmatch.h>
#include <strings.h>

#define MAX_EXTERN_DEPTH 16
#define MAX_VERSION_INDEX 0x7fff /* bit 15 of a .gnu.version entry is the hidden flag */

/* One pattern text of the script, with the first global and the first local
 * pattern that wrote it (both in one node: verscript_finish checks it). */
struct VerEntry {
  const char *text;
  size_t len;
  uint64_t hash;
  uint8_t kind;               /* ENTRY_CXX | ENTRY_GLOB */
  const VerPattern *global, *local;
};
enum { ENTRY_CXX = 1, ENTRY_GLOB = 2 };

/* ------------------------------------------------------------ messages */

static bool vreport(char *err, size_t errsize, const char *path, uint32_t line, uint32_t col, const char *fmt,
                    va_list ap) {
  if (!err || !errsize) return false;
  char msg[512];
  vsnprintf(msg, sizeof(msg), fmt, ap);
  snprintf(err, errsize, "%s:%u:%u: version script: %s", path, line, col, msg);
  return false;
}

static bool report(char *err, size_t errsize, const char *path, uint32_t line, uint32_t col, const char *fmt, ...)
    PRINTF_LIKE(6, 7);
static bool report(char *err, size_t errsize, const char *path, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(err, errsize, path, line, col, fmt, ap);
  va_end(ap);
  return false;
}

/* -------------------------------------------------------------- lexer */

typedef enum { T_NAME, T_STRING, T_LBRACE, T_RBRACE, T_SEMI, T_COLON, T_EOF, T_ERROR } TokKind;

typedef struct {
  TokKind kind;
  const char *s; /* T_NAME, T_STRING: the text (into the script, not terminated) */
  size_t len;
  uint32_t line, col;
} Token;

typedef struct {
  VersionScript *vs;
  const char *path;
  char *err;
  size_t errsize;
  const char *text;
  size_t size, pos;
  uint32_t line, col;
  Token ahead[4];   /* tokens lexed but not consumed */
  int nahead;
  bool lex_failed;  /* the lexer stopped at an error: it repeats ahead[last] */
  Token lex_error;
  char lex_msg[64];
} Parser;

static bool is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static bool is_name_char(unsigned char c) {
  return c > ' ' && c != 0x7f && !strchr("{};:\"#", c);
}

static bool at(const Parser *p, size_t k, char c) { return p->pos + k < p->size && p->text[p->pos + k] == c; }

static void advance(Parser *p, size_t n) {
  for (; n && p->pos < p->size; n--, p->pos++) {
    if (p->text[p->pos] == '\n') {
      p->line++;
      p->col = 1;
    } else {
      p->col++;
    }
  }
}

static Token lex_fail(Parser *p, uint32_t line, uint32_t col, const char *msg) {
  snprintf(p->lex_msg, sizeof(p->lex_msg), "%s", msg);
  p->lex_failed = true;
  p->lex_error = (Token){T_ERROR, NULL, 0, line, col};
  return p->lex_error;
}

/* Skips blanks and comments; false at an unterminated comment. */
static bool skip_blanks(Parser *p, uint32_t *line, uint32_t *col) {
  for (;;) {
    if (p->pos < p->size && is_blank((unsigned char)p->text[p->pos])) {
      advance(p, 1);
    } else if (at(p, 0, '#')) {
      while (p->pos < p->size && p->text[p->pos] != '\n') advance(p, 1);
    } else if (at(p, 0, '/') && at(p, 1, '*')) {
      *line = p->line;
      *col = p->col;
      advance(p, 2);
      while (p->pos < p->size && !(at(p, 0, '*') && at(p, 1, '/'))) advance(p, 1);
      if (p->pos >= p->size) return false;
      advance(p, 2);
    } else {
      return true;
    }
  }
}

static Token lex_string(Parser *p, Token t) {
  advance(p, 1);
  const char *end = memchr(p->text + p->pos, '"', p->size - p->pos);
  if (!end) return lex_fail(p, t.line, t.col, "unterminated string");
  t.kind = T_STRING;
  t.s = p->text + p->pos;
  t.len = (size_t)(end - t.s);
  advance(p, t.len + 1);
  return t;
}

static Token lex_name(Parser *p, Token t) {
  size_t start = p->pos;
  while (p->pos < p->size) {
    unsigned char c = (unsigned char)p->text[p->pos];
    if (c == ':' && at(p, 1, ':')) advance(p, 2);
    else if (is_name_char(c) && !(c == '/' && at(p, 1, '*'))) advance(p, 1);
    else break;
  }
  t.kind = T_NAME;
  t.s = p->text + start;
  t.len = p->pos - start;
  return t;
}

static Token lex_token(Parser *p) {
  if (p->lex_failed) return p->lex_error;
  uint32_t line = 0, col = 0;
  if (!skip_blanks(p, &line, &col)) return lex_fail(p, line, col, "unterminated comment");
  Token t = {T_EOF, NULL, 0, p->line, p->col};
  if (p->pos >= p->size) return t;
  unsigned char c = (unsigned char)p->text[p->pos];
  switch (c) {
  case '{': t.kind = T_LBRACE; break;
  case '}': t.kind = T_RBRACE; break;
  case ';': t.kind = T_SEMI; break;
  case ':': t.kind = at(p, 1, ':') ? T_NAME : T_COLON; break; /* "::x" is a name */
  case '"': return lex_string(p, t);
  default: t.kind = is_name_char(c) ? T_NAME : T_ERROR; break;
  }
  if (t.kind == T_NAME) return lex_name(p, t);
  if (t.kind != T_ERROR) {
    advance(p, 1);
    return t;
  }
  char msg[40];
  snprintf(msg, sizeof(msg), "unexpected character '\\x%02x'", c);
  return lex_fail(p, t.line, t.col, msg);
}

/* The k-th token not yet consumed (k < 4); valid until the next next(). */
static const Token *peek(Parser *p, int k) {
  while (p->nahead <= k) p->ahead[p->nahead++] = lex_token(p);
  return &p->ahead[k];
}

static Token next(Parser *p) {
  Token t = *peek(p, 0);
  memmove(p->ahead, p->ahead + 1, (size_t)--p->nahead * sizeof(Token));
  return t;
}

static bool is_word(const Token *t, const char *w) {
  return t->kind == T_NAME && t->len == strlen(w) && !memcmp(t->s, w, t->len);
}

static bool at_end(const Token *t) { return t->kind == T_EOF || t->kind == T_ERROR; }

/* How a token reads in a message. */
static const char *describe(const Token *t, char *buf, size_t size) {
  int n = (int)MIN(t->len, (size_t)60);
  switch (t->kind) {
  case T_NAME: snprintf(buf, size, "'%.*s'", n, t->s); break;
  case T_STRING: snprintf(buf, size, "\"%.*s\"", n, t->s); break;
  case T_LBRACE: return "'{'";
  case T_RBRACE: return "'}'";
  case T_SEMI: return "';'";
  case T_COLON: return "':'";
  case T_EOF:
  case T_ERROR: return "end of file";
  }
  return buf;
}

/* ------------------------------------------------------------- parser */

static bool fail(Parser *p, uint32_t line, uint32_t col, const char *fmt, ...) PRINTF_LIKE(4, 5);
static bool fail(Parser *p, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(p->err, p->errsize, p->path, line, col, fmt, ap);
  va_end(ap);
  return false;
}

/* An error at token t; at a lexer error, that error instead. */
#define FAIL_AT(p, t, ...) \
  ((t)->kind == T_ERROR ? fail(p, (t)->line, (t)->col, "%s", (p)->lex_msg) : fail(p, (t)->line, (t)->col, __VA_ARGS__))

/* "found X" for the current token. */
static bool fail_expected(Parser *p, const char *what) {
  const Token *t = peek(p, 0);
  char buf[80];
  return FAIL_AT(p, t, "expected %s, found %s", what, describe(t, buf, sizeof(buf)));
}

/* The input ended inside a block opened at `open`. */
static bool fail_unterminated(Parser *p, const Token *open, const char *what) {
  const Token *t = peek(p, 0);
  return FAIL_AT(p, t, "unterminated %s (opened at %u:%u)", what, open->line, open->col);
}

/* What the ";" that should follow a pattern found instead. */
static bool fail_missing_semi(Parser *p, const Token *open, const char *what) {
  const Token *t = peek(p, 0);
  if (at_end(t)) return fail_unterminated(p, open, what);
  char buf[80];
  return FAIL_AT(p, t, "missing ';' before %s", describe(t, buf, sizeof(buf)));
}

static VerNode *current_node(Parser *p) { return &p->vs->nodes[p->vs->nnodes - 1]; }

/* Appends to an arena array of n elements of `size` bytes, doubling it
 * when n reaches a power of two. */
static void *grow(Arena *a, void *arr, uint32_t n, size_t size) {
  if (n < 8 ? n != 0 : (n & (n - 1)) != 0) return arr;
  void *bigger = arena_alloc(a, size * (n < 8 ? 8 : 2 * (size_t)n));
  if (n) memcpy(bigger, arr, size * n);
  return bigger;
}

/* An unescaped * ? or [. */
static bool has_wildcard(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\') i++;
    else if (s[i] == '*' || s[i] == '?' || s[i] == '[') return true;
  }
  return false;
}

/* The exact name an unquoted pattern without wildcards stands for. */
static char *unescape(Arena *a, const char *s, size_t n) {
  char *out = arena_alloc(a, n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\' && i + 1 < n) i++;
    out[k++] = s[i];
  }
  out[k] = 0;
  return out;
}

static uint32_t literal_prefix(const char *s) { return (uint32_t)strcspn(s, "*?[\\"); }

static void add_pattern(Parser *p, const Token *t, bool local, bool cxx) {
  VersionScript *vs = p->vs;
  VerNode *n = current_node(p);
  n->pats = grow(&vs->arena, n->pats, n->npats, sizeof(VerPattern));
  VerPattern *pat = &n->pats[n->npats++];
  pat->glob = t->kind == T_NAME && has_wildcard(t->s, t->len);
  if (t->kind == T_NAME && !pat->glob) pat->text = unescape(&vs->arena, t->s, t->len);
  else pat->text = arena_strndup(&vs->arena, t->s, t->len);
  pat->star = pat->glob && !strcmp(pat->text, "*");
  pat->prefix = pat->glob ? literal_prefix(pat->text) : 0;
  pat->cxx = cxx;
  pat->local = local;
  pat->node = vs->nnodes - 1;
  pat->line = t->line;
  pat->col = t->col;
  vs->has_cxx |= cxx;
}

static bool parse_def(Parser *p, bool local, bool cxx, int depth);

/* The language of `extern "LANG"`: sets *cxx, false if unknown. */
static bool parse_language(Parser *p, bool *cxx) {
  const Token *t = peek(p, 0);
  if (t->kind != T_STRING) return fail_expected(p, "a quoted language after 'extern'");
  int n = (int)MIN(t->len, (size_t)60);
  if (t->len == 1 && (t->s[0] == 'C' || t->s[0] == 'c')) *cxx = false;
  else if (t->len == 3 && !strncasecmp(t->s, "C++", 3)) *cxx = true;
  else if (t->len == 4 && !strncasecmp(t->s, "Java", 4)) return FAIL_AT(p, t, "extern \"%.*s\" is not supported", n, t->s);
  else return FAIL_AT(p, t, "unknown language \"%.*s\" in extern block (expected \"C\" or \"C++\")", n, t->s);
  next(p);
  return true;
}

/* extern "LANG" { def; def [;] } */
static bool parse_extern(Parser *p, bool local, int depth) {
  Token ext = next(p);
  if (depth >= MAX_EXTERN_DEPTH) return fail(p, ext.line, ext.col, "extern blocks nested too deeply");
  bool cxx = false;
  if (!parse_language(p, &cxx)) return false;
  if (peek(p, 0)->kind != T_LBRACE) return fail_expected(p, "'{' after the extern language");
  Token open = next(p);
  const char *what = cxx ? "extern \"C++\" block" : "extern \"C\" block";
  for (;;) {
    if (at_end(peek(p, 0))) return fail_unterminated(p, &open, what);
    if (!parse_def(p, local, cxx, depth + 1)) return false;
    if (peek(p, 0)->kind == T_SEMI) next(p);
    else if (peek(p, 0)->kind != T_RBRACE) return fail_missing_semi(p, &open, what);
    if (peek(p, 0)->kind == T_RBRACE) {
      next(p);
      return true;
    }
  }
}

/* A pattern or an extern block.  "extern" followed by ";" or "}" is a name. */
static bool parse_def(Parser *p, bool local, bool cxx, int depth) {
  const Token *t = peek(p, 0);
  TokKind after = peek(p, 1)->kind;
  if (is_word(t, "extern") && after != T_SEMI && after != T_RBRACE && after != T_EOF && after != T_ERROR)
    return parse_extern(p, local, depth);
  if (t->kind != T_NAME && t->kind != T_STRING) return fail_expected(p, "a pattern");
  add_pattern(p, t, local, cxx);
  next(p);
  return true;
}

/* Where a node body is: which labels it has seen, and in which list it is. */
typedef struct {
  bool global_seen, local_seen;
  bool unlabelled;      /* patterns before any label */
  const char *pending;  /* "global" or "local" just read, until a pattern follows it */
} Lists;

static bool fail_no_pattern(Parser *p, const Lists *l) {
  char what[40];
  snprintf(what, sizeof(what), "a pattern after '%s:'", l->pending);
  return fail_expected(p, what);
}

static bool parse_label(Parser *p, Lists *l) {
  const Token *t = peek(p, 0);
  int n = (int)MIN(t->len, (size_t)60);
  bool global = is_word(t, "global");
  if (!global && !is_word(t, "local"))
    return FAIL_AT(p, t, "unknown label '%.*s:' (expected 'global:' or 'local:')", n, t->s);
  if (l->pending) return fail_no_pattern(p, l);
  if (global && l->global_seen) return FAIL_AT(p, t, "duplicate 'global:'");
  if (global && l->local_seen) return FAIL_AT(p, t, "'global:' after 'local:'");
  if (!global && l->local_seen) return FAIL_AT(p, t, "duplicate 'local:'");
  if (l->unlabelled)
    return FAIL_AT(p, t, "'%s:' after patterns without a label (put 'global:' before them)", global ? "global" : "local");
  if (global) l->global_seen = true;
  else l->local_seen = true;
  l->pending = global ? "global" : "local";
  next(p);
  next(p);
  return true;
}

/* "{" was read: patterns and labels up to "}". */
static bool parse_body(Parser *p, const Token *open, const char *what) {
  Lists l = {0};
  for (;;) {
    const Token *t = peek(p, 0);
    if (t->kind == T_RBRACE) {
      if (l.pending) return fail_no_pattern(p, &l);
      next(p);
      return true;
    }
    if (at_end(t)) return fail_unterminated(p, open, what);
    if (t->kind == T_NAME && peek(p, 1)->kind == T_COLON) {
      if (!parse_label(p, &l)) return false;
      continue;
    }
    if (!l.global_seen && !l.local_seen) l.unlabelled = true;
    l.pending = NULL;
    if (!parse_def(p, l.local_seen, false, 0)) return false;
    if (peek(p, 0)->kind != T_SEMI) return fail_missing_semi(p, open, what);
    next(p);
  }
}

static bool new_node(Parser *p, const Token *at_tok, const char *name) {
  VersionScript *vs = p->vs;
  if (name && vs->nnamed >= MAX_VERSION_INDEX - 1)
    return fail(p, at_tok->line, at_tok->col, "too many version nodes (at most %d)", MAX_VERSION_INDEX - 1);
  vs->nodes = grow(&vs->arena, vs->nodes, vs->nnodes, sizeof(VerNode));
  VerNode *n = &vs->nodes[vs->nnodes++];
  memset(n, 0, sizeof(*n));
  n->name = name;
  n->index = name ? (uint16_t)(2 + vs->nnamed++) : 1; /* VER_NDX_GLOBAL */
  n->path = p->path;
  n->line = at_tok->line;
  n->col = at_tok->col;
  return true;
}

static void add_parent(Parser *p, const Token *t) {
  Arena *a = &p->vs->arena;
  VerNode *n = current_node(p);
  n->parents = grow(a, n->parents, n->nparents, sizeof(char *));
  n->parent_lines = grow(a, n->parent_lines, n->nparents, sizeof(uint32_t));
  n->parent_cols = grow(a, n->parent_cols, n->nparents, sizeof(uint32_t));
  n->parents[n->nparents] = arena_strndup(a, t->s, t->len);
  n->parent_lines[n->nparents] = t->line;
  n->parent_cols[n->nparents] = t->col;
  n->nparents++;
}

/* NAME { body } PARENT... ;   or   { body } ; */
static bool parse_node(Parser *p) {
  const Token *t = peek(p, 0);
  const char *name = NULL;
  Token at_tok = *t;
  if (t->kind == T_NAME) {
    name = arena_strndup(&p->vs->arena, t->s, t->len);
    next(p);
  } else if (t->kind != T_LBRACE) {
    return fail_expected(p, "a version node");
  }
  if (peek(p, 0)->kind != T_LBRACE) return fail_expected(p, "'{' after the version name");
  Token open = next(p);
  if (!new_node(p, &at_tok, name)) return false;
  char what[96];
  if (name) snprintf(what, sizeof(what), "version node '%.60s'", name);
  else snprintf(what, sizeof(what), "anonymous version node");
  if (!parse_body(p, &open, what)) return false;
  while (name && peek(p, 0)->kind == T_NAME) {
    add_parent(p, peek(p, 0));
    next(p);
  }
  t = peek(p, 0);
  char buf[80];
  if (t->kind != T_SEMI) return FAIL_AT(p, t, "missing ';' after %s (found %s)", what, describe(t, buf, sizeof(buf)));
  next(p);
  return true;
}

/* VERSION { ... }, told apart from a node named VERSION by what follows
 * its "{": a node, or a "}" that no ";" follows. */
static bool at_version_wrapper(Parser *p) {
  if (!is_word(peek(p, 0), "VERSION") || peek(p, 1)->kind != T_LBRACE) return false;
  TokKind a = peek(p, 2)->kind, b = peek(p, 3)->kind;
  return a == T_LBRACE || (a == T_NAME && b == T_LBRACE) || (a == T_RBRACE && b != T_SEMI);
}

static bool parse_version_wrapper(Parser *p) {
  next(p);
  Token open = next(p);
  while (peek(p, 0)->kind != T_RBRACE) {
    if (at_end(peek(p, 0))) return fail_unterminated(p, &open, "VERSION block");
    if (!parse_node(p)) return false;
  }
  next(p);
  return true;
}

static bool parse_script(Parser *p) {
  while (peek(p, 0)->kind != T_EOF) {
    bool ok = at_version_wrapper(p) ? parse_version_wrapper(p) : parse_node(p);
    if (!ok) return false;
  }
  return true;
}

bool verscript_parse(VersionScript *vs, const char *path, const char *text, size_t size, char *err,
                     size_t errsize) {
  Parser p = {.vs = vs, .err = err, .errsize = errsize, .text = text, .size = size, .line = 1, .col = 1};
  p.path = arena_strndup(&vs->arena, path, strlen(path));
  uint32_t nnodes = vs->nnodes, nnamed = vs->nnamed;
  bool has_cxx = vs->has_cxx;
  if (parse_script(&p)) return true;
  /* leave vs as it was before this script */
  vs->nnodes = nnodes;
  vs->nnamed = nnamed;
  vs->has_cxx = has_cxx;
  return false;
}

/* ------------------------------------------------------------- tables */

static size_t table_mask_for(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  return cap - 1;
}

static uint64_t entry_hash(const char *s, size_t len, uint8_t kind) {
  return hash_bytes(s, len) ^ (kind * 0x9e3779b97f4a7c15ULL);
}

/* The slot of the entry for (s, kind), or the empty slot where it goes. */
static uint32_t *entry_slot(const VersionScript *vs, const char *s, size_t len, uint8_t kind, uint64_t h) {
  for (size_t i = h & vs->mask;; i = (i + 1) & vs->mask) {
    uint32_t *slot = &vs->slots[i];
    if (!*slot) return slot;
    const VerEntry *e = &vs->entries[*slot - 1];
    if (e->hash == h && e->kind == kind && e->len == len && !memcmp(e->text, s, len)) return slot;
  }
}

static VerEntry *entry_for(VersionScript *vs, const VerPattern *pat) {
  uint8_t kind = (pat->cxx ? ENTRY_CXX : 0) | (pat->glob ? ENTRY_GLOB : 0);
  size_t len = strlen(pat->text);
  uint64_t h = entry_hash(pat->text, len, kind);
  uint32_t *slot = entry_slot(vs, pat->text, len, kind, h);
  if (!*slot) {
    vs->entries[vs->nentries] = (VerEntry){pat->text, len, h, kind, NULL, NULL};
    *slot = (uint32_t)++vs->nentries;
  }
  return &vs->entries[*slot - 1];
}

/* The slot of the node named `name`, or the empty slot where it goes. */
static uint32_t *node_slot(const VersionScript *vs, const char *name) {
  for (size_t i = hash_str(name) & vs->node_mask;; i = (i + 1) & vs->node_mask) {
    uint32_t *slot = &vs->node_slots[i];
    if (!*slot || !strcmp(vs->nodes[*slot - 1].name, name)) return slot;
  }
}

/* Unique names, and the anonymous node alone. */
static bool index_nodes(VersionScript *vs, char *err, size_t errsize) {
  vs->node_mask = table_mask_for(vs->nnodes);
  vs->node_slots = arena_alloc(&vs->arena, (vs->node_mask + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < vs->nnodes; i++) {
    const VerNode *n = &vs->nodes[i];
    if (i > 0 && (!n->name || !vs->nodes[0].name))
      return report(err, errsize, n->path, n->line, n->col,
                    "anonymous version node cannot be combined with other version nodes");
    if (!n->name) continue;
    uint32_t *slot = node_slot(vs, n->name);
    if (*slot) {
      const VerNode *first = &vs->nodes[*slot - 1];
      return report(err, errsize, n->path, n->line, n->col, "duplicate version node '%s' (first at %s:%u:%u)",
                    n->name, first->path, first->line, first->col);
    }
    *slot = i + 1;
  }
  return true;
}

/* Every parent names a node defined before the node naming it. */
static bool check_parents(const VersionScript *vs, char *err, size_t errsize) {
  for (uint32_t i = 0; i < vs->nnodes; i++) {
    const VerNode *n = &vs->nodes[i];
    for (uint32_t k = 0; k < n->nparents; k++) {
      const char *parent = n->parents[k];
      uint32_t j = *node_slot(vs, parent);
      uint32_t line = n->parent_lines[k], col = n->parent_cols[k];
      if (!j)
        return report(err, errsize, n->path, line, col, "version '%s' (a parent of '%s') is not defined", parent,
                      n->name);
      if (j - 1 == i) return report(err, errsize, n->path, line, col, "version '%s' cannot be its own parent", parent);
      if (j - 1 > i)
        return report(err, errsize, n->path, line, col, "version '%s' (a parent of '%s') must be defined before it",
                      parent, n->name);
    }
  }
  return true;
}

/* Records pat in its entry; false if the entry has it in the other list of
 * another node.  Nodes here are all named: index_nodes ran first. */
static bool add_entry(VersionScript *vs, const VerPattern *pat, char *err, size_t errsize) {
  VerEntry *e = entry_for(vs, pat);
  const VerPattern *other = pat->local ? e->global : e->local;
  if (other && other->node != pat->node) {
    const VerNode *n = &vs->nodes[pat->node], *o = &vs->nodes[other->node];
    return report(err, errsize, n->path, pat->line, pat->col, "'%s' is %s in version '%s' but %s in version '%s' (%s:%u:%u)",
                  pat->text, pat->local ? "local" : "global", n->name, pat->local ? "global" : "local", o->name,
                  o->path, other->line, other->col);
  }
  const VerPattern **first = pat->local ? &e->local : &e->global;
  if (!*first) *first = pat;
  return true;
}

static bool index_patterns(VersionScript *vs, char *err, size_t errsize) {
  size_t total = 0;
  for (uint32_t i = 0; i < vs->nnodes; i++) total += vs->nodes[i].npats;
  vs->mask = table_mask_for(total);
  vs->slots = arena_alloc(&vs->arena, (vs->mask + 1) * sizeof(uint32_t));
  vs->entries = arena_alloc(&vs->arena, (total ? total : 1) * sizeof(VerEntry));
  vs->globs = arena_alloc(&vs->arena, (total ? total : 1) * sizeof(VerPattern *));
  vs->nentries = vs->nglobs = 0;
  for (uint32_t i = 0; i < vs->nnodes; i++) {
    const VerNode *n = &vs->nodes[i];
    for (uint32_t k = 0; k < n->npats; k++) {
      if (!add_entry(vs, &n->pats[k], err, errsize)) return false;
      if (n->pats[k].glob) vs->globs[vs->nglobs++] = &n->pats[k];
    }
  }
  return true;
}

bool verscript_finish(VersionScript *vs, char *err, size_t errsize) {
  return index_nodes(vs, err, errsize) && check_parents(vs, err, errsize) && index_patterns(vs, err, errsize);
}

/* ------------------------------------------------------------ matching */

/* The exact pattern for s: a node's global list before its local one. */
static const VerPattern *exact_match(const VersionScript *vs, const char *s, bool cxx) {
  size_t len = strlen(s);
  uint8_t kind = cxx ? ENTRY_CXX : 0;
  uint32_t slot = *entry_slot(vs, s, len, kind, entry_hash(s, len, kind));
  if (!slot) return NULL;
  const VerEntry *e = &vs->entries[slot - 1];
  return e->global ? e->global : e->local;
}

/* Of two exact matches, the one GNU ld meets first. */
static const VerPattern *first_of(const VerPattern *a, const VerPattern *b) {
  if (!a || !b) return a ? a : b;
  if (a->node != b->node) return a->node < b->node ? a : b;
  return a->local ? b : a;
}

static bool glob_matches(const VerPattern *g, const char *s) {
  return !strncmp(s, g->text, g->prefix) && !fnmatch(g->text, s, 0);
}

/* Rank 2 global (the last), else rank 2 local, else "*" global, else "*"
 * local.  Backwards, so the first rank-2 global match ends the search. */
static const VerPattern *glob_match(const VersionScript *vs, const char *name, const char *cxx_name) {
  const VerPattern *local = NULL, *star_global = NULL, *star_local = NULL;
  for (uint32_t i = vs->nglobs; i-- > 0;) {
    const VerPattern *g = vs->globs[i];
    if (g->star) {
      const VerPattern **star = g->local ? &star_local : &star_global;
      if (!*star) *star = g;
    } else if (!(g->local && local) && glob_matches(g, g->cxx ? cxx_name : name)) {
      if (!g->local) return g;
      local = g;
    }
  }
  return local ? local : star_global ? star_global : star_local;
}

const VerNode *verscript_match(const VersionScript *vs, const char *name, const char *demangled, bool *local) {
  const char *cxx_name = demangled ? demangled : name;
  const VerPattern *pat = exact_match(vs, name, false);
  if (vs->has_cxx) pat = first_of(pat, exact_match(vs, cxx_name, true));
  if (!pat) pat = glob_match(vs, name, cxx_name);
  *local = pat && pat->local;
  return pat ? &vs->nodes[pat->node] : NULL;
}

bool verscript_has_cxx(const VersionScript *vs) { return vs->has_cxx; }

const VerNode *verscript_find_node(const VersionScript *vs, const char *name) {
  if (!name || !vs->node_slots) return NULL;
  uint32_t slot = *node_slot(vs, name);
  return slot ? &vs->nodes[slot - 1] : NULL;
}

void verscript_free(VersionScript *vs) {
  arena_free_all(&vs->arena);
  memset(vs, 0, sizeof(*vs));
}
