/*
 * test_verscript.c - version scripts (verscript.c): the syntax GNU ld 2.40
 * accepts, the text of every diagnostic, and which node a symbol lands in.
 * The precedence cases are the experiments run against ld.bfd (see the top
 * of verscript.c); C++ names are passed in already demangled.
 */
#include "unit_util.h"

#include "verscript.h"

#define ERRSIZE 512

typedef struct {
  VersionScript vs;
  char err[ERRSIZE];
} Script;

static Script *new_script(void) { return calloc(1, sizeof(Script)); }

static void free_script(Script *s) {
  verscript_free(&s->vs);
  free(s);
}

static bool add(Script *s, const char *path, const char *text) {
  return verscript_parse(&s->vs, path, text, strlen(text), s->err, sizeof(s->err));
}

/* One script, parsed and finished; both must succeed. */
static Script *load(const char *text) {
  Script *s = new_script();
  bool ok = add(s, "v.map", text) && verscript_finish(&s->vs, s->err, sizeof(s->err));
  if (!ok) fprintf(stderr, "  unexpected error: %s\n", s->err);
  assert_true(ok);
  return s;
}

/* The message of the first failing step (parse, then finish). */
static void assert_error(const char *text, const char *message) {
  Script *s = new_script();
  bool ok = add(s, "v.map", text) && verscript_finish(&s->vs, s->err, sizeof(s->err));
  assert_false(ok);
  assert_string_equal(s->err, message);
  free_script(s);
}

/* "V1", "V1 local", "{} local" (the anonymous node) or "none". */
static const char *where(Script *s, const char *name, const char *demangled) {
  static char buf[64];
  bool local = true;
  const VerNode *n = verscript_match(&s->vs, name, demangled, &local);
  if (!n) {
    assert_false(local);
    return "none";
  }
  snprintf(buf, sizeof(buf), "%s%s", n->name ? n->name : "{}", local ? " local" : "");
  return buf;
}

static void assert_where(Script *s, const char *name, const char *demangled, const char *expected) {
  assert_string_equal(where(s, name, demangled), expected);
}

/* ---------------------------------------------------------------- syntax */

static void nodes_indices_and_parents(void **state) {
  (void)state;
  Script *s = load("V1 { global: foo; local: *; };\n"
                   "V2 { bar; } V1;\n"
                   "  V3 { } V2 V1;\n");
  assert_int_equal(s->vs.nnodes, 3);
  const VerNode *n = s->vs.nodes;
  assert_string_equal(n[0].name, "V1");
  assert_int_equal(n[0].index, 2);
  assert_int_equal(n[1].index, 3);
  assert_int_equal(n[2].index, 4);
  assert_int_equal(n[0].npats, 2);
  assert_int_equal(n[2].npats, 0);
  assert_int_equal(n[1].nparents, 1);
  assert_string_equal(n[1].parents[0], "V1");
  assert_int_equal(n[2].nparents, 2);
  assert_string_equal(n[2].parents[0], "V2");
  assert_string_equal(n[2].parents[1], "V1");
  assert_int_equal(n[2].parent_lines[1], 3);
  assert_int_equal(n[2].parent_cols[1], 13);
  assert_int_equal(n[2].line, 3);
  assert_int_equal(n[2].col, 3);
  assert_string_equal(n[2].path, "v.map");
  free_script(s);
}

static void pattern_fields(void **state) {
  (void)state;
  Script *s = load("V1 {\n global: foo; b?r*;\n local:\n   *;\n};\n");
  const VerPattern *p = s->vs.nodes[0].pats;
  assert_string_equal(p[0].text, "foo");
  assert_false(p[0].glob);
  assert_false(p[0].local);
  assert_int_equal(p[0].line, 2);
  assert_int_equal(p[0].col, 10);
  assert_string_equal(p[1].text, "b?r*");
  assert_true(p[1].glob);
  assert_false(p[1].star);
  assert_int_equal(p[1].prefix, 1);
  assert_string_equal(p[2].text, "*");
  assert_true(p[2].star);
  assert_true(p[2].local);
  assert_int_equal(p[2].line, 4);
  assert_int_equal(p[2].col, 4);
  free_script(s);
}

static void anonymous_node(void **state) {
  (void)state;
  Script *s = load("{ global: foo; local: *; };");
  assert_int_equal(s->vs.nnodes, 1);
  assert_null(s->vs.nodes[0].name);
  assert_int_equal(s->vs.nodes[0].index, 1); /* VER_NDX_GLOBAL */
  assert_where(s, "foo", NULL, "{}");
  assert_where(s, "bar", NULL, "{} local");
  free_script(s);
}

static void patterns_without_label_are_global(void **state) {
  (void)state;
  Script *s = load("V1 { foo; bar*; };");
  assert_where(s, "foo", NULL, "V1");
  assert_where(s, "barbaz", NULL, "V1");
  assert_where(s, "baz", NULL, "none");
  free_script(s);
}

static void local_list_only(void **state) {
  (void)state;
  Script *s = load("V1 { local: foo; };");
  assert_where(s, "foo", NULL, "V1 local");
  free_script(s);
}

static void comments(void **state) {
  (void)state;
  Script *s = load("# a comment { ; }\n"
                   "V1 { foo; # to the end of the line\n"
                   "  /* across\n lines */ bar/* touching */; baz;\n"
                   "}; # last");
  assert_int_equal(s->vs.nodes[0].npats, 3);
  assert_string_equal(s->vs.nodes[0].pats[1].text, "bar");
  free_script(s);
}

static void empty_scripts(void **state) {
  (void)state;
  Script *s = load("");
  assert_int_equal(s->vs.nnodes, 0);
  assert_where(s, "foo", NULL, "none");
  assert_null(verscript_find_node(&s->vs, "V1"));
  free_script(s);
  s = load("  # nothing\n/* at all */\n");
  assert_int_equal(s->vs.nnodes, 0);
  free_script(s);
  s = load("V1 { };");
  assert_int_equal(s->vs.nnodes, 1);
  assert_int_equal(s->vs.nodes[0].npats, 0);
  free_script(s);
}

static void version_wrapper(void **state) {
  (void)state;
  Script *s = load("VERSION {\n  V1 { foo; };\n  V2 { bar; } V1;\n}\n");
  assert_int_equal(s->vs.nnodes, 2);
  assert_string_equal(s->vs.nodes[1].name, "V2");
  free_script(s);
  s = load("VERSION { { foo; }; }");
  assert_null(s->vs.nodes[0].name);
  free_script(s);
  s = load("VERSION { }");
  assert_int_equal(s->vs.nnodes, 0);
  free_script(s);
}

/* Without a node after its "{", VERSION is a version name. */
static void node_named_version(void **state) {
  (void)state;
  Script *s = load("VERSION { foo; }; VERSION_2 { } VERSION;");
  assert_string_equal(s->vs.nodes[0].name, "VERSION");
  assert_where(s, "foo", NULL, "VERSION");
  free_script(s);
  s = load("VERSION { };");
  assert_string_equal(s->vs.nodes[0].name, "VERSION");
  free_script(s);
}

/* global, local and extern are names unless a ':' or a language follows. */
static void keywords_as_names(void **state) {
  (void)state;
  Script *s = load("local { global; local; extern; }; global { } local;");
  const VerNode *n = s->vs.nodes;
  assert_string_equal(n[0].name, "local");
  assert_int_equal(n[0].npats, 3);
  assert_string_equal(n[0].pats[2].text, "extern");
  assert_where(s, "local", NULL, "local");
  free_script(s);
  s = load("V1 { global : foo; local : *; };");
  assert_where(s, "foo", NULL, "V1");
  free_script(s);
}

static void quoted_patterns_are_exact(void **state) {
  (void)state;
  Script *s = load("V1 { \"f*\"; \"a b\"; \"\\x\"; };");
  const VerPattern *p = s->vs.nodes[0].pats;
  assert_false(p[0].glob);
  assert_string_equal(p[2].text, "\\x");
  assert_where(s, "f*", NULL, "V1");
  assert_where(s, "foo", NULL, "none");
  assert_where(s, "a b", NULL, "V1");
  free_script(s);
}

/* f\oo is the exact name foo, fo\* the exact name "fo*"; fo[*] a glob. */
static void backslash_escapes(void **state) {
  (void)state;
  Script *s = load("V1 { f*; }; V2 { local: f\\oo; fo\\*; fa[*]; };");
  const VerPattern *p = s->vs.nodes[1].pats;
  assert_string_equal(p[0].text, "foo");
  assert_false(p[0].glob);
  assert_string_equal(p[1].text, "fo*");
  assert_false(p[1].glob);
  assert_string_equal(p[2].text, "fa[*]");
  assert_true(p[2].glob);
  assert_where(s, "foo", NULL, "V2 local");
  assert_where(s, "fo*", NULL, "V2 local");
  assert_where(s, "fa*", NULL, "V1"); /* a global glob beats a local one */
  free_script(s);
}

static void unusual_name_characters(void **state) {
  (void)state;
  Script *s = load("GLIBC_2.2.5 { a.b$c@d; _-x!^; }; V2 { extern \"C++\" { ns::f<int>; ::g; }; } GLIBC_2.2.5;");
  assert_string_equal(s->vs.nodes[0].name, "GLIBC_2.2.5");
  assert_where(s, "a.b$c@d", NULL, "GLIBC_2.2.5");
  assert_where(s, "_-x!^", NULL, "GLIBC_2.2.5");
  assert_string_equal(s->vs.nodes[1].pats[0].text, "ns::f<int>");
  assert_string_equal(s->vs.nodes[1].pats[1].text, "::g");
  free_script(s);
}

static void extern_blocks(void **state) {
  (void)state;
  Script *s = load("V1 {\n"
                   "  global:\n"
                   "    extern \"C\" { cfun; };\n"
                   "    extern \"c++\" { \"ns::f(int)\"; ns::g* };\n"
                   "    plain;\n"
                   "  local:\n"
                   "    extern \"C++\" { \"hidden()\" };\n"
                   "};");
  const VerPattern *p = s->vs.nodes[0].pats;
  assert_int_equal(s->vs.nodes[0].npats, 5);
  assert_false(p[0].cxx);
  assert_true(p[1].cxx);
  assert_true(p[2].cxx && p[2].glob);
  assert_false(p[3].cxx);
  assert_true(p[4].cxx && p[4].local);
  assert_true(verscript_has_cxx(&s->vs));
  free_script(s);
}

static void nested_extern_blocks(void **state) {
  (void)state;
  Script *s = load("V1 { extern \"C++\" { a; extern \"C\" { b; }; c; }; };");
  const VerPattern *p = s->vs.nodes[0].pats;
  assert_true(p[0].cxx);
  assert_false(p[1].cxx);
  assert_true(p[2].cxx);
  free_script(s);
}

static void no_cxx_patterns(void **state) {
  (void)state;
  Script *s = load("V1 { extern \"C\" { foo; }; };");
  assert_false(verscript_has_cxx(&s->vs));
  free_script(s);
}

/* ------------------------------------------------------- parse errors */

static void error_unterminated_comment(void **state) {
  (void)state;
  assert_error("V1 { foo;\n /* never closed };", "v.map:2:2: version script: unterminated comment");
}

static void error_unterminated_string(void **state) {
  (void)state;
  assert_error("V1 { \"foo; };", "v.map:1:6: version script: unterminated string");
}

static void error_unexpected_character(void **state) {
  (void)state;
  assert_error("V1 { foo\x01; };", "v.map:1:9: version script: unexpected character '\\x01'");
}

static void error_unterminated_blocks(void **state) {
  (void)state;
  assert_error("V1 {\n foo;\n", "v.map:3:1: version script: unterminated version node 'V1' (opened at 1:4)");
  assert_error("{ foo;", "v.map:1:7: version script: unterminated anonymous version node (opened at 1:1)");
  assert_error("V1 { extern \"C++\" { foo;",
               "v.map:1:25: version script: unterminated extern \"C++\" block (opened at 1:19)");
  assert_error("VERSION { V1 { foo; };", "v.map:1:23: version script: unterminated VERSION block (opened at 1:9)");
}

static void error_missing_semicolon(void **state) {
  (void)state;
  assert_error("V1 { foo };", "v.map:1:10: version script: missing ';' before '}'");
  assert_error("V1 { foo bar; };", "v.map:1:10: version script: missing ';' before 'bar'");
  assert_error("V1 { extern \"C\" { a b }; };", "v.map:1:21: version script: missing ';' before 'b'");
  assert_error("V1 { extern \"C\" { a; } };", "v.map:1:24: version script: missing ';' before '}'");
  assert_error("V1 { foo; }", "v.map:1:12: version script: missing ';' after version node 'V1' (found end of file)");
  assert_error("V1 { foo; }\nV2 { bar; };", "v.map:2:4: version script: missing ';' after version node 'V1' (found '{')");
  assert_error("{ foo; } V1;", "v.map:1:10: version script: missing ';' after anonymous version node (found 'V1')");
}

static void error_unexpected_token(void **state) {
  (void)state;
  assert_error(";", "v.map:1:1: version script: expected a version node, found ';'");
  assert_error("V1 { a; };;", "v.map:1:11: version script: expected a version node, found ';'");
  assert_error("\"V1\" { a; };", "v.map:1:1: version script: expected a version node, found \"V1\"");
  assert_error("V1 V2 { a; };", "v.map:1:4: version script: expected '{' after the version name, found 'V2'");
  assert_error("V1 { a;; };", "v.map:1:8: version script: expected a pattern, found ';'");
  assert_error("V1 { { a; }; };", "v.map:1:6: version script: expected a pattern, found '{'");
  assert_error("V1 { extern \"C\" { }; };", "v.map:1:19: version script: expected a pattern, found '}'");
  assert_error("V1 { extern \"C\" { a;; }; };", "v.map:1:21: version script: expected a pattern, found ';'");
  assert_error("V1 { a:b; };", "v.map:1:6: version script: unknown label 'a:' (expected 'global:' or 'local:')");
}

static void error_labels(void **state) {
  (void)state;
  assert_error("V1 { local: *; global: foo; };", "v.map:1:16: version script: 'global:' after 'local:'");
  assert_error("V1 { global: a; global: b; };", "v.map:1:17: version script: duplicate 'global:'");
  assert_error("V1 { local: a; local: b; };", "v.map:1:16: version script: duplicate 'local:'");
  assert_error("V1 { a; local: *; };",
               "v.map:1:9: version script: 'local:' after patterns without a label (put 'global:' before them)");
  assert_error("V1 { global: };", "v.map:1:14: version script: expected a pattern after 'global:', found '}'");
  assert_error("V1 { global: local: *; };",
               "v.map:1:14: version script: expected a pattern after 'global:', found 'local'");
  assert_error("V1 { global: a; local: };", "v.map:1:24: version script: expected a pattern after 'local:', found '}'");
}

static void error_languages(void **state) {
  (void)state;
  assert_error("V1 { extern \"Pascal\" { a; }; };",
               "v.map:1:13: version script: unknown language \"Pascal\" in extern block (expected \"C\" or \"C++\")");
  assert_error("V1 { extern \"Java\" { a; }; };", "v.map:1:13: version script: extern \"Java\" is not supported");
  assert_error("V1 { extern C++ { a; }; };",
               "v.map:1:13: version script: expected a quoted language after 'extern', found 'C++'");
  assert_error("V1 { extern \"C\" a; };",
               "v.map:1:17: version script: expected '{' after the extern language, found 'a'");
}

static void error_extern_nesting(void **state) {
  (void)state;
  char text[1024] = "V1 { ";
  for (int i = 0; i < 17; i++) strcat(text, "extern \"C\" { ");
  strcat(text, "a; ");
  for (int i = 0; i < 17; i++) strcat(text, "}; ");
  strcat(text, "};");
  /* the 17th "extern" starts at 6 + 16 * 13 */
  assert_error(text, "v.map:1:214: version script: extern blocks nested too deeply");
}

/* .gnu.version indices are 15 bits; 2..32767 are for named nodes. */
static void error_too_many_nodes(void **state) {
  (void)state;
  size_t n = 32766, size = n * 16 + 1, len = 0;
  char *text = malloc(size);
  for (size_t i = 0; i < n; i++) len += (size_t)snprintf(text + len, size - len, "V%zu { };\n", i);
  Script *s = new_script();
  assert_true(add(s, "a.map", text));
  free(text);
  assert_int_equal(s->vs.nodes[n - 1].index, 0x7fff);
  assert_false(add(s, "b.map", "\n X { };"));
  assert_string_equal(s->err, "b.map:2:2: version script: too many version nodes (at most 32766)");
  free_script(s);
}

/* ------------------------------------------------------ finish errors */

static void error_duplicate_version(void **state) {
  (void)state;
  assert_error("V1 { a; };\nV1 { b; };", "v.map:2:1: version script: duplicate version node 'V1' (first at v.map:1:1)");
}

static void error_anonymous_with_others(void **state) {
  (void)state;
  assert_error("{ a; }; V1 { b; };",
               "v.map:1:9: version script: anonymous version node cannot be combined with other version nodes");
  assert_error("V1 { a; }; { b; };",
               "v.map:1:12: version script: anonymous version node cannot be combined with other version nodes");
  assert_error("{ a; }; { b; };",
               "v.map:1:9: version script: anonymous version node cannot be combined with other version nodes");
}

static void error_parents(void **state) {
  (void)state;
  assert_error("V1 { a; };\nV2 { b; } V1 V3;", "v.map:2:14: version script: version 'V3' (a parent of 'V2') is not defined");
  assert_error("V2 { b; } V1; V1 { a; };",
               "v.map:1:11: version script: version 'V1' (a parent of 'V2') must be defined before it");
  assert_error("V1 { a; } V1;", "v.map:1:11: version script: version 'V1' cannot be its own parent");
}

/* The same pattern global in one node and local in another. */
static void error_global_and_local(void **state) {
  (void)state;
  assert_error("V1 { f*; };\nV2 { local: f*; };",
               "v.map:2:13: version script: 'f*' is local in version 'V2' but global in version 'V1' (v.map:1:6)");
  assert_error("V1 { local: foo; }; V2 { \"foo\"; };",
               "v.map:1:26: version script: 'foo' is global in version 'V2' but local in version 'V1' (v.map:1:13)");
  assert_error("V1 { extern \"C++\" { \"f(int)\"; }; }; V2 { local: extern \"C++\" { \"f(int)\"; }; };",
               "v.map:1:64: version script: 'f(int)' is local in version 'V2' but global in version 'V1' (v.map:1:21)");
  assert_error("V1 { global: foo; local: foo; }; V2 { foo; };",
               "v.map:1:39: version script: 'foo' is global in version 'V2' but local in version 'V1' (v.map:1:26)");
  assert_error("V1 { global: *; }; V2 { local: *; };",
               "v.map:1:32: version script: '*' is local in version 'V2' but global in version 'V1' (v.map:1:14)");
}

/* What GNU ld accepts: the two lists of one node, the same list twice,
 * another language, or a quoted name against a glob of the same text. */
static void allowed_repetitions(void **state) {
  (void)state;
  Script *s = load("V1 { global: foo; f*; };\n"
                   "V2 { global: bar; b*; local: bar; b*; };\n"
                   "V3 { foo; f*; };\n"
                   "V4 { local: baz; };\n"
                   "V5 { local: baz; extern \"C++\" { bar; }; \"f*\"; };");
  assert_where(s, "foo", NULL, "V1"); /* the first exact one */
  assert_where(s, "bar", NULL, "V2"); /* global before local */
  assert_where(s, "bx", NULL, "V2");
  assert_where(s, "fab", NULL, "V3"); /* the last global glob */
  assert_where(s, "baz", NULL, "V4 local");
  assert_where(s, "f*", NULL, "V5 local");
  free_script(s);
}

/* ------------------------------------------------------------ precedence */

static void exact_beats_glob(void **state) {
  (void)state;
  Script *s = load("V1 { foo*; }; V2 { foo; };");
  assert_where(s, "foo", NULL, "V2");
  assert_where(s, "foobar", NULL, "V1");
  free_script(s);
  s = load("V1 { foo; }; V2 { foo*; };");
  assert_where(s, "foo", NULL, "V1");
  assert_where(s, "foobar", NULL, "V2");
  free_script(s);
}

static void local_exact_beats_global_glob(void **state) {
  (void)state;
  Script *s = load("V1 { global: f*; local: foo; };");
  assert_where(s, "foo", NULL, "V1 local");
  assert_where(s, "fab", NULL, "V1");
  free_script(s);
  s = load("V1 { f*; }; V2 { local: foo; };");
  assert_where(s, "foo", NULL, "V2 local");
  free_script(s);
  s = load("V1 { local: foo; }; V2 { f*; };");
  assert_where(s, "foo", NULL, "V1 local");
  free_script(s);
}

static void global_exact_beats_local_glob(void **state) {
  (void)state;
  Script *s = load("V1 { global: foo; local: f*; };");
  assert_where(s, "foo", NULL, "V1");
  assert_where(s, "fab", NULL, "V1 local");
  free_script(s);
}

static void last_global_glob_wins(void **state) {
  (void)state;
  Script *s = load("V1 { f*; }; V2 { fo*; };");
  assert_where(s, "foo", NULL, "V2");
  assert_where(s, "fab", NULL, "V1");
  free_script(s);
  s = load("V1 { fo*; }; V2 { f*; };");
  assert_where(s, "foo", NULL, "V2");
  free_script(s);
  s = load("V1 { f*; }; V2 { fo*; }; V3 { f*; };");
  assert_where(s, "foo", NULL, "V3");
  free_script(s);
}

static void global_glob_beats_local_glob(void **state) {
  (void)state;
  Script *s = load("V1 { local: fo*; }; V2 { f*; };");
  assert_where(s, "foo", NULL, "V2");
  free_script(s);
  s = load("V1 { f*; }; V2 { local: fo*; };");
  assert_where(s, "foo", NULL, "V1");
  free_script(s);
  s = load("V1 { global: f*; local: fo*; };");
  assert_where(s, "foo", NULL, "V1");
  free_script(s);
  s = load("V1 { global: fo*; local: f*; };");
  assert_where(s, "foo", NULL, "V1");
  assert_where(s, "fab", NULL, "V1 local");
  free_script(s);
}

static void glob_beats_lone_star(void **state) {
  (void)state;
  Script *s = load("V1 { global: *; local: fo*; };");
  assert_where(s, "foo", NULL, "V1 local");
  assert_where(s, "bar", NULL, "V1");
  free_script(s);
  s = load("V1 { local: *; }; V2 { f*; };");
  assert_where(s, "foo", NULL, "V2");
  assert_where(s, "bar", NULL, "V1 local");
  free_script(s);
  s = load("V1 { global: f*; }; V2 { global: *; };");
  assert_where(s, "foo", NULL, "V1");
  assert_where(s, "bar", NULL, "V2");
  free_script(s);
}

static void lone_star_ranks(void **state) {
  (void)state;
  Script *s = load("V1 { global: *; local: *; };");
  assert_where(s, "foo", NULL, "V1");
  free_script(s);
  s = load("V1 { global: *; }; V2 { global: f*; }; V3 { global: *; };");
  assert_where(s, "bar", NULL, "V3");
  assert_where(s, "foo", NULL, "V2");
  free_script(s);
  s = load("V1 { local: *; }; V2 { local: *; };");
  assert_where(s, "bar", NULL, "V2 local");
  free_script(s);
  /* only "*" itself is the weak rank */
  s = load("V1 { global: **; }; V2 { local: f*; };");
  assert_where(s, "foo", NULL, "V1");
  free_script(s);
}

/* ------------------------------------------------------------------ C++ */

static void cxx_exact_and_glob(void **state) {
  (void)state;
  Script *s = load("V1 { global: extern \"C++\" { \"ns::bar()\"; ns::baz*; \"foo(int)\"; }; local: *; };");
  assert_where(s, "_ZN2ns3barEv", "ns::bar()", "V1");
  assert_where(s, "_ZN2ns3bazEi", "ns::baz(int)", "V1");
  assert_where(s, "_Z3fooi", "foo(int)", "V1");
  assert_where(s, "_Z3foov", "foo()", "V1 local");
  free_script(s);
}

/* An unquoted C++ name without a parameter list never equals a function. */
static void cxx_exact_needs_full_name(void **state) {
  (void)state;
  Script *s = load("V1 { global: extern \"C++\" { ns::bar; _ZN2ns3barEv; }; local: *; };");
  assert_where(s, "_ZN2ns3barEv", "ns::bar()", "V1 local");
  free_script(s);
}

/* A name that does not demangle is matched as it is (GNU ld). */
static void cxx_pattern_sees_plain_name(void **state) {
  (void)state;
  Script *s = load("V1 { global: extern \"C++\" { cfun; cf*x; }; local: *; };");
  assert_where(s, "cfun", NULL, "V1");
  assert_where(s, "cfax", NULL, "V1");
  assert_where(s, "other", NULL, "V1 local");
  free_script(s);
}

static void c_patterns_see_mangled_name(void **state) {
  (void)state;
  Script *s = load("V1 { _Z3fooi; \"foo()\"; _Z1h*; };");
  assert_where(s, "_Z3fooi", "foo(int)", "V1");
  assert_where(s, "_Z3foov", "foo()", "none");
  assert_where(s, "_Z1hv", "h()", "V1");
  free_script(s);
}

/* C and C++ exact names: the first in script order, global before local. */
static void cxx_and_c_exact_first_wins(void **state) {
  (void)state;
  Script *s = load("V1 { extern \"C++\" { \"foo()\"; }; }; V2 { _Z3foov; };");
  assert_where(s, "_Z3foov", "foo()", "V1");
  free_script(s);
  s = load("V1 { _Z3foov; }; V2 { extern \"C++\" { \"foo()\"; }; };");
  assert_where(s, "_Z3foov", "foo()", "V1");
  free_script(s);
  s = load("V1 { local: _Z3foov; }; V2 { extern \"C++\" { \"foo()\"; }; };");
  assert_where(s, "_Z3foov", "foo()", "V1 local");
  free_script(s);
  s = load("V1 { global: _Z3foov; local: extern \"C++\" { \"foo()\"; }; };");
  assert_where(s, "_Z3foov", "foo()", "V1");
  free_script(s);
  s = load("V1 { global: extern \"C++\" { \"foo()\"; }; local: _Z3foov; };");
  assert_where(s, "_Z3foov", "foo()", "V1");
  free_script(s);
}

static void cxx_and_c_globs_last_wins(void **state) {
  (void)state;
  Script *s = load("V1 { extern \"C++\" { foo*; }; }; V2 { _Z*; };");
  assert_where(s, "_Z3foov", "foo()", "V2");
  free_script(s);
  s = load("V1 { _Z*; }; V2 { extern \"C++\" { foo*; }; };");
  assert_where(s, "_Z3foov", "foo()", "V2");
  assert_where(s, "_ZN2ns3barEv", "ns::bar()", "V1");
  free_script(s);
  /* a C++ "*" is a lone star too */
  s = load("V1 { extern \"C++\" { *; }; }; V2 { local: _Z*; };");
  assert_where(s, "_Z3foov", "foo()", "V2 local");
  assert_where(s, "cfun", NULL, "V1");
  free_script(s);
}

/* ------------------------------------------------------ several scripts */

static void scripts_accumulate(void **state) {
  (void)state;
  Script *s = new_script();
  assert_true(add(s, "a.map", "A { foo; };"));
  assert_true(add(s, "b.map", "B { bar; } A;\nC { f*; };"));
  assert_true(verscript_finish(&s->vs, s->err, sizeof(s->err)));
  assert_int_equal(s->vs.nnodes, 3);
  assert_int_equal(s->vs.nodes[1].index, 3);
  assert_int_equal(s->vs.nodes[2].index, 4);
  assert_string_equal(s->vs.nodes[1].path, "b.map");
  assert_where(s, "foo", NULL, "A");
  assert_where(s, "fab", NULL, "C");
  const VerNode *b = verscript_find_node(&s->vs, "B");
  assert_ptr_equal(b, &s->vs.nodes[1]);
  assert_null(verscript_find_node(&s->vs, "D"));
  assert_null(verscript_find_node(&s->vs, NULL));
  free_script(s);
}

static void errors_across_scripts(void **state) {
  (void)state;
  Script *s = new_script();
  assert_true(add(s, "a.map", "A { foo; };"));
  assert_true(add(s, "b.map", "\nA { bar; };"));
  assert_false(verscript_finish(&s->vs, s->err, sizeof(s->err)));
  assert_string_equal(s->err, "b.map:2:1: version script: duplicate version node 'A' (first at a.map:1:1)");
  free_script(s);
  s = new_script();
  assert_true(add(s, "a.map", "A { foo; };"));
  assert_true(add(s, "b.map", "{ bar; };"));
  assert_false(verscript_finish(&s->vs, s->err, sizeof(s->err)));
  assert_string_equal(s->err,
                      "b.map:1:1: version script: anonymous version node cannot be combined with other version nodes");
  free_script(s);
}

/* A script that fails adds nothing; the earlier ones stay. */
static void failed_script_adds_nothing(void **state) {
  (void)state;
  Script *s = new_script();
  assert_true(add(s, "a.map", "A { foo; };"));
  assert_false(add(s, "b.map", "B { extern \"C++\" { bar; }; }; C { baz }"));
  assert_string_equal(s->err, "b.map:1:39: version script: missing ';' before '}'");
  assert_int_equal(s->vs.nnodes, 1);
  assert_false(verscript_has_cxx(&s->vs));
  assert_true(add(s, "c.map", "B { bar; };"));
  assert_true(verscript_finish(&s->vs, s->err, sizeof(s->err)));
  assert_int_equal(s->vs.nodes[1].index, 3);
  assert_where(s, "bar", NULL, "B");
  free_script(s);
}

/* Sizes of a large library: exact names through the hash table. */
static void many_exact_names(void **state) {
  (void)state;
  size_t n = 200000, size = n * 16 + 64, len = 0;
  char *text = malloc(size);
  len += (size_t)snprintf(text, size, "V1 { global:\n");
  for (size_t i = 0; i < n; i++) len += (size_t)snprintf(text + len, size - len, "sym_%zu;\n", i);
  snprintf(text + len, size - len, "local: *; };");
  Script *s = load(text);
  free(text);
  char name[32];
  for (size_t i = 0; i < n; i += 7) {
    snprintf(name, sizeof(name), "sym_%zu", i);
    assert_where(s, name, NULL, "V1");
  }
  assert_where(s, "sym_x", NULL, "V1 local");
  free_script(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(nodes_indices_and_parents),
      cmocka_unit_test(pattern_fields),
      cmocka_unit_test(anonymous_node),
      cmocka_unit_test(patterns_without_label_are_global),
      cmocka_unit_test(local_list_only),
      cmocka_unit_test(comments),
      cmocka_unit_test(empty_scripts),
      cmocka_unit_test(version_wrapper),
      cmocka_unit_test(node_named_version),
      cmocka_unit_test(keywords_as_names),
      cmocka_unit_test(quoted_patterns_are_exact),
      cmocka_unit_test(backslash_escapes),
      cmocka_unit_test(unusual_name_characters),
      cmocka_unit_test(extern_blocks),
      cmocka_unit_test(nested_extern_blocks),
      cmocka_unit_test(no_cxx_patterns),
      cmocka_unit_test(error_unterminated_comment),
      cmocka_unit_test(error_unterminated_string),
      cmocka_unit_test(error_unexpected_character),
      cmocka_unit_test(error_unterminated_blocks),
      cmocka_unit_test(error_missing_semicolon),
      cmocka_unit_test(error_unexpected_token),
      cmocka_unit_test(error_labels),
      cmocka_unit_test(error_languages),
      cmocka_unit_test(error_extern_nesting),
      cmocka_unit_test(error_too_many_nodes),
      cmocka_unit_test(error_duplicate_version),
      cmocka_unit_test(error_anonymous_with_others),
      cmocka_unit_test(error_parents),
      cmocka_unit_test(error_global_and_local),
      cmocka_unit_test(allowed_repetitions),
      cmocka_unit_test(exact_beats_glob),
      cmocka_unit_test(local_exact_beats_global_glob),
      cmocka_unit_test(global_exact_beats_local_glob),
      cmocka_unit_test(last_global_glob_wins),
      cmocka_unit_test(global_glob_beats_local_glob),
      cmocka_unit_test(glob_beats_lone_star),
      cmocka_unit_test(lone_star_ranks),
      cmocka_unit_test(cxx_exact_and_glob),
      cmocka_unit_test(cxx_exact_needs_full_name),
      cmocka_unit_test(cxx_pattern_sees_plain_name),
      cmocka_unit_test(c_patterns_see_mangled_name),
      cmocka_unit_test(cxx_and_c_exact_first_wins),
      cmocka_unit_test(cxx_and_c_globs_last_wins),
      cmocka_unit_test(scripts_accumulate),
      cmocka_unit_test(errors_across_scripts),
      cmocka_unit_test(failed_script_adds_nothing),
      cmocka_unit_test(many_exact_names),
  };
  return cmocka_run_group_tests_name("verscript", tests, NULL, NULL);
}
