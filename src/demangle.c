/*
 * demangle.c - symbol demangler for diagnostics: Itanium C++ ABI names,
 * Rust legacy names and Rust v0 names.
 *
 * Written from the specifications: the Itanium C++ ABI "External Names"
 * chapter (mangling grammar), RFC 2603 (Rust symbol mangling v0) and the
 * Rust legacy scheme (_ZN <length-prefixed components> 17h<hash> E with
 * $..$ escapes).  The C++ output format follows GNU c++filt so that weld's
 * diagnostics read like those of the GNU tools.
 *
 * C++ is demangled in two steps: a recursive-descent parser builds a tree of
 * Nodes (the substitution table refers to already built nodes, so nothing
 * is copied), then a printer walks the tree.  Types are printed in two
 * halves (left of the declarator, right of it) so that "void (*)(int)",
 * "int (&) [4]" and "void (A::*)() const" come out right.  Template
 * parameters (T_) are looked up while printing, in the function template
 * being printed, which is what c++filt does and what GCC's numbering of
 * substitutions relies on.  Where c++filt has its own conventions (the name
 * of a constructor is the last source name parsed, "a<b<c>>" after an empty
 * pack, "&A::f" for a member function address) they are followed too.
 * Rust names are printed while they are parsed.
 *
 * Limits, all turning into a NULL result: input length (IN_MAX), parser
 * recursion (PARSE_DEPTH_MAX), printer recursion (PRINT_DEPTH_MAX) and work
 * (PRINT_STEPS_MAX, since substitutions can make the output exponential in
 * the input), memory (ARENA_MAX) and output length (OUT_MAX).
 */
#include "demangle.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IN_MAX (64 * 1024)
#define OUT_MAX (64 * 1024)
#define PARSE_DEPTH_MAX 200
#define PRINT_DEPTH_MAX 400
#define PRINT_STEPS_MAX 1000000L
#define ARENA_MAX (32u << 20)
#define SAVED_MAX 256
#define POOL_MAX 4096

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool is_xdigit_lower(int c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }

/* ------------------------------------------------------------ output */

typedef struct {
  char *p;
  size_t len, cap;
  char last; /* last character appended (kept when a separator is dropped,
              * which makes "a<b<c>, >" come out as "a<b<c>>" as in c++filt) */
  bool bad;
} Buf;

static void bput(Buf *b, const char *s, size_t n) {
  if (b->bad) return;
  if (n > OUT_MAX - b->len) {
    b->bad = true;
    return;
  }
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 128;
    while (cap < b->len + n + 1) cap *= 2;
    char *q = realloc(b->p, cap);
    if (!q) {
      b->bad = true;
      return;
    }
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
  if (n) b->last = s[n - 1];
}

static void bputs(Buf *b, const char *s) { bput(b, s, strlen(s)); }
static void bputc(Buf *b, char c) { bput(b, &c, 1); }
static char blast(const Buf *b) { return b->len ? b->last : 0; }

static void btrunc(Buf *b, size_t len) {
  if (b->bad || len > b->len) return;
  b->len = len;
  if (b->p) b->p[len] = 0;
}

static void bnum(Buf *b, uint64_t v) {
  char t[24];
  int i = 24;
  do t[--i] = (char)('0' + v % 10);
  while (v /= 10);
  bput(b, t + i, (size_t)(24 - i));
}

/* Code point to UTF-8. */
static void butf8(Buf *b, uint32_t c) {
  char t[4];
  if (c < 0x80) {
    t[0] = (char)c;
    bput(b, t, 1);
  } else if (c < 0x800) {
    t[0] = (char)(0xc0 | (c >> 6));
    t[1] = (char)(0x80 | (c & 0x3f));
    bput(b, t, 2);
  } else if (c < 0x10000) {
    t[0] = (char)(0xe0 | (c >> 12));
    t[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    t[2] = (char)(0x80 | (c & 0x3f));
    bput(b, t, 3);
  } else {
    t[0] = (char)(0xf0 | (c >> 18));
    t[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    t[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    t[3] = (char)(0x80 | (c & 0x3f));
    bput(b, t, 4);
  }
}

/* Hand the result to the caller, or NULL on any failure. */
static char *bfinish(Buf *b, bool ok) {
  if (!ok || b->bad || !b->p || !b->len) {
    free(b->p);
    return NULL;
  }
  return b->p;
}

/* ------------------------------------------------------------- arena */

typedef struct ABlock {
  struct ABlock *next;
  size_t used, cap;
  max_align_t align_;
} ABlock;

typedef struct {
  ABlock *head;
  size_t total;
} Arena;

static void *aalloc(Arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (!a->head || a->head->cap - a->head->used < n) {
    size_t cap = n > 16384 ? n : 16384;
    if (a->total + cap > ARENA_MAX) return NULL;
    ABlock *b = malloc(sizeof(ABlock) + cap);
    if (!b) return NULL;
    b->next = a->head;
    b->used = 0;
    b->cap = cap;
    a->head = b;
    a->total += cap;
  }
  void *r = (char *)(a->head + 1) + a->head->used;
  a->head->used += n;
  return r;
}

static void afree(Arena *a) {
  while (a->head) {
    ABlock *n = a->head->next;
    free(a->head);
    a->head = n;
  }
}

/* ============================================================ C++ ===== */

enum {
  /* names */
  N_NAME,     /* s: identifier text */
  N_NESTED,   /* a::b */
  N_TEMPLATE, /* a<b> (b is N_ARGS) */
  N_ARGS,     /* template argument list v[] */
  N_PACK,     /* argument pack J...E v[] */
  N_LIST,     /* parameter / expression list v[] */
  N_CTOR,     /* a: the class name (or a scope whose last name it is) */
  N_DTOR,
  N_OP,       /* operator s */
  N_CONV,     /* operator a (conversion) */
  N_LITOP,    /* operator"" a */
  N_VENDOROP, /* operator a (vendor extended) */
  N_FUNC,     /* a: name, b: N_FTYPE */
  N_LOCAL,    /* a::b where a is an encoding */
  N_LAMBDA,   /* {lambda(b)#num} */
  N_UNNAMED,  /* {unnamed type#num} */
  N_ABITAG,   /* a[abi:s] */
  N_CLONE,    /* a [clone s] */
  N_DECOMP,   /* [v...] structured binding */
  N_STRLIT,   /* string literal */
  N_DEFARG,   /* {default arg#num} */
  N_SPECIAL,  /* s a: "vtable for " etc.; also the "::" of ::new */
  N_CTORVT,   /* construction vtable for b-in-a */
  N_REFTEMP,  /* reference temporary #num for a */
  /* types */
  N_BUILTIN, /* s, num: literal print class */
  N_QUAL,    /* a + cv */
  N_VQUAL,   /* a + vendor qualifier b */
  N_PTR,
  N_LREF,
  N_RREF,
  N_CPLX,
  N_IMAG,
  N_FTYPE,   /* a: return type or NULL, b: params, cv, ref, c: exception spec */
  N_ARRAY,   /* a: element, b: dimension or NULL */
  N_VECTOR,  /* a: element, b: dimension */
  N_PTRMEM,  /* a: class, b: member type */
  N_TPARAM,  /* num: index; resolved while printing */
  N_PACKEXP, /* a... expanded */
  N_DECLTYPE,
  N_NOEXCEPT, /* a: expression or NULL */
  N_THROWSPEC, /* b: type list */
  /* expressions */
  N_LIT,     /* a: type, s: value, f: negative */
  N_FPARAM,  /* {parm#num} */
  N_UNARY,   /* s a */
  N_POSTFIX, /* a s */
  N_BINARY,  /* a s b */
  N_TERNARY, /* a ? b : c */
  N_CALL,    /* a(b) */
  N_CAST,    /* (a)b, f: b is a list */
  N_NCAST,   /* s<a>(b) */
  N_SIZEOF_T, /* s (a) with a type */
  N_NEW,     /* f&1 global, f&2 array, a: placement, b: type, c: initialiser */
  N_DELETE,  /* f&1 global, f&2 array */
  N_THROW,   /* a or NULL */
  N_INIT,    /* a: type or NULL, b: list */
  N_SIZEOF_PACK,
  N_FOLD,    /* s: op, a, b, f: kind */
  N_DTORNAME,
  N_PREFIX,  /* s(a) e.g. typeid, noexcept */
};

enum { Q_CONST = 1, Q_VOLATILE = 2, Q_RESTRICT = 4 };

/* Literal print classes of builtin types (how c++filt prints L...E). */
enum { LP_DEFAULT, LP_INT, LP_UINT, LP_LONG, LP_ULONG, LP_LLONG, LP_ULLONG, LP_BOOL, LP_FLOAT };

typedef struct Node Node;
struct Node {
  unsigned char k, cv, ref, f;
  long num;
  const char *s;
  size_t n;
  Node *a, *b, *c;
  Node **v;
  size_t nv;
};

typedef struct {
  bool tmpl; /* ends in template arguments */
  bool cdc;  /* ends in a constructor, destructor or conversion operator */
  unsigned char cv, ref;
} NameInfo;

typedef struct {
  const char *p, *e; /* cursor, terminating NUL */
  Arena ar;
  Node **subs;
  size_t nsubs, capsubs;
  int depth;
  bool no_targs; /* T_ takes no template args (conversion operator type) */
  bool err;
  Node *last_name; /* last source name parsed: the class name for C1/D1 */
  Node *std_ab[8];
} P;

static Node *fail(P *p) {
  p->err = true;
  return NULL;
}

static int pk(const P *p) { return p->p < p->e ? (unsigned char)*p->p : 0; }

static int pk2(const P *p, size_t k) { return (size_t)(p->e - p->p) > k ? (unsigned char)p->p[k] : 0; }

static bool eat(P *p, int c) {
  if (pk(p) != c || !c) return false;
  p->p++;
  return true;
}

static bool eat2(P *p, const char *two) {
  if (pk(p) == two[0] && pk2(p, 1) == two[1]) {
    p->p += 2;
    return true;
  }
  return false;
}

static Node *mk(P *p, int k) {
  if (p->err) return NULL;
  Node *n = aalloc(&p->ar, sizeof(Node));
  if (!n) return fail(p);
  memset(n, 0, sizeof(*n));
  n->k = (unsigned char)k;
  return n;
}

static Node *mk2(P *p, int k, Node *a, Node *b) {
  if (!a || !b) return fail(p);
  Node *n = mk(p, k);
  if (!n) return NULL;
  n->a = a;
  n->b = b;
  return n;
}

static Node *mk1(P *p, int k, Node *a) {
  if (!a) return fail(p);
  Node *n = mk(p, k);
  if (n) n->a = a;
  return n;
}

static Node *mkname(P *p, const char *s, size_t len) {
  Node *n = mk(p, N_NAME);
  if (n) {
    n->s = s;
    n->n = len;
  }
  return n;
}

static Node *mkstr(P *p, int k, const char *s) {
  Node *n = mk(p, k);
  if (n) {
    n->s = s;
    n->n = strlen(s);
  }
  return n;
}

/* A growable vector of nodes used while parsing lists. */
typedef struct {
  Node *small[8];
  Node **v;
  size_t n, cap;
} Vec;

static void vinit(Vec *v) {
  v->v = v->small;
  v->n = 0;
  v->cap = 8;
}

static bool vpush(P *p, Vec *v, Node *x) {
  if (!x) return false;
  if (v->n == v->cap) {
    Node **nv = aalloc(&p->ar, 2 * v->cap * sizeof(Node *));
    if (!nv) {
      p->err = true;
      return false;
    }
    memcpy(nv, v->v, v->n * sizeof(Node *));
    v->v = nv;
    v->cap *= 2;
  }
  v->v[v->n++] = x;
  return true;
}

static Node *vnode(P *p, int k, Vec *v) {
  Node *n = mk(p, k);
  if (!n) return NULL;
  if (v->n) {
    n->v = aalloc(&p->ar, v->n * sizeof(Node *));
    if (!n->v) return fail(p);
    memcpy(n->v, v->v, v->n * sizeof(Node *));
  }
  n->nv = v->n;
  return n;
}

static void addsub(P *p, Node *n) {
  if (!n || p->err) return;
  if (p->nsubs == p->capsubs) {
    size_t cap = p->capsubs ? 2 * p->capsubs : 32;
    Node **s = realloc(p->subs, cap * sizeof(Node *));
    if (!s) {
      p->err = true;
      return;
    }
    p->subs = s;
    p->capsubs = cap;
  }
  p->subs[p->nsubs++] = n;
}

static bool pnum(P *p, long *out) {
  if (!is_digit(pk(p))) return false;
  long v = 0;
  while (is_digit(pk(p))) {
    if (v > 100000000L) return false;
    v = v * 10 + (*p->p++ - '0');
  }
  *out = v;
  return true;
}

/* [n] <number>, the sign in *neg. */
static bool psnum(P *p, long *out) {
  bool neg = eat(p, 'n');
  if (!pnum(p, out)) return false;
  if (neg) *out = -*out;
  return true;
}

/* <seq-id> after S or the index after T: "_" is 0, "<n>_" is n+1. */
static bool pseq(P *p, long *out, int base) {
  if (eat(p, '_')) {
    *out = 0;
    return true;
  }
  long v = 0;
  bool any = false;
  for (;;) {
    int c = pk(p), d;
    if (is_digit(c))
      d = c - '0';
    else if (base == 36 && is_upper(c))
      d = c - 'A' + 10;
    else
      break;
    if (v > 10000000L) return false;
    v = v * base + d;
    p->p++;
    any = true;
  }
  if (!any || !eat(p, '_')) return false;
  *out = v + 1;
  return true;
}

/* <discriminator> := _ <digit> | __ <number> _ (optional).  Like c++filt,
 * also takes a lone "_" or "__" and a "__<digit>" without the closing "_". */
static bool pdiscriminator(P *p) {
  if (!eat(p, '_')) return true;
  bool two = eat(p, '_');
  long n = 0;
  pnum(p, &n);
  if (two && n >= 10 && !eat(p, '_')) return false;
  return true;
}

static Node *psource(P *p) {
  long n;
  if (!pnum(p, &n) || n <= 0 || n > p->e - p->p) return fail(p);
  const char *s = p->p;
  p->p += n;
  Node *r;
  if (n >= 10 && memcmp(s, "_GLOBAL_", 8) == 0 && (s[8] == '.' || s[8] == '_' || s[8] == '$') && s[9] == 'N')
    r = mkstr(p, N_NAME, "(anonymous namespace)");
  else
    r = mkname(p, s, (size_t)n);
  p->last_name = r;
  return r;
}

/* --------------------------------------------------------- builtins */

static Node *builtin(P *p, const char *name, int cls) {
  Node *n = mkstr(p, N_BUILTIN, name);
  if (n) n->num = cls;
  return n;
}

static const char *const builtin_names[26] = {
    ['a' - 'a'] = "signed char",   ['b' - 'a'] = "bool",
    ['c' - 'a'] = "char",          ['d' - 'a'] = "double",
    ['e' - 'a'] = "long double",   ['f' - 'a'] = "float",
    ['g' - 'a'] = "__float128",    ['h' - 'a'] = "unsigned char",
    ['i' - 'a'] = "int",           ['j' - 'a'] = "unsigned int",
    ['l' - 'a'] = "long",          ['m' - 'a'] = "unsigned long",
    ['n' - 'a'] = "__int128",      ['o' - 'a'] = "unsigned __int128",
    ['s' - 'a'] = "short",         ['t' - 'a'] = "unsigned short",
    ['v' - 'a'] = "void",          ['w' - 'a'] = "wchar_t",
    ['x' - 'a'] = "long long",     ['y' - 'a'] = "unsigned long long",
    ['z' - 'a'] = "...",
};

static int builtin_class(int c) {
  switch (c) {
  case 'i': return LP_INT;
  case 'j': return LP_UINT;
  case 'l': return LP_LONG;
  case 'm': return LP_ULONG;
  case 'x': return LP_LLONG;
  case 'y': return LP_ULLONG;
  case 'b': return LP_BOOL;
  case 'f':
  case 'd':
  case 'e':
  case 'g': return LP_FLOAT;
  default: return LP_DEFAULT;
  }
}

/* D<x> builtins; p->p at the 'D'. */
static Node *pdbuiltin(P *p) {
  static const struct {
    char c;
    const char *name;
  } tab[] = {
      {'d', "decimal64"}, {'e', "decimal128"}, {'f', "decimal32"},      {'h', "half"},
      {'i', "char32_t"},  {'s', "char16_t"},   {'u', "char8_t"},        {'a', "auto"},
      {'c', "decltype(auto)"}, {'n', "decltype(nullptr)"},
  };
  int c = pk2(p, 1);
  for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
    if (tab[i].c == c) {
      p->p += 2;
      return builtin(p, tab[i].name, LP_DEFAULT);
    }
  if (c == 'F' || c == 'B' || c == 'U') {
    p->p += 2;
    long n;
    if (c == 'F' && pk(p) == '1' && pk2(p, 1) == '6' && pk2(p, 2) == 'b') {
      p->p += 3;
      return builtin(p, "std::bfloat16_t", LP_DEFAULT);
    }
    if (!pnum(p, &n)) return fail(p);
    char tmp[48];
    int len;
    if (c == 'F') {
      bool x = eat(p, 'x');
      if (!x && !eat(p, '_')) return fail(p);
      len = snprintf(tmp, sizeof(tmp), "_Float%ld%s", n, x ? "x" : "");
    } else {
      if (!eat(p, '_')) return fail(p);
      len = snprintf(tmp, sizeof(tmp), "%s_BitInt(%ld)", c == 'U' ? "unsigned " : "", n);
    }
    char *s = aalloc(&p->ar, (size_t)len + 1);
    if (!s) return fail(p);
    memcpy(s, tmp, (size_t)len + 1);
    return builtin(p, s, LP_DEFAULT);
  }
  return fail(p);
}

/* ------------------------------------------------- std abbreviations */

static Node *std_name(P *p, const char *id) {
  return mk2(p, N_NESTED, mkstr(p, N_NAME, "std"), mkstr(p, N_NAME, id));
}

static Node *targs_n(P *p, Node *x, Node *y, Node *z) {
  Vec v;
  vinit(&v);
  if (!vpush(p, &v, x)) return fail(p);
  if (y && !vpush(p, &v, y)) return fail(p);
  if (z && !vpush(p, &v, z)) return fail(p);
  return vnode(p, N_ARGS, &v);
}

/* std::<id><char, std::char_traits<char>[, std::allocator<char>]> */
static Node *std_char_template(P *p, const char *id, bool alloc) {
  Node *ch = builtin(p, "char", LP_DEFAULT);
  Node *traits = mk2(p, N_TEMPLATE, std_name(p, "char_traits"), targs_n(p, ch, NULL, NULL));
  Node *al = NULL;
  if (alloc) al = mk2(p, N_TEMPLATE, std_name(p, "allocator"), targs_n(p, ch, NULL, NULL));
  return mk2(p, N_TEMPLATE, std_name(p, id), targs_n(p, ch, traits, al));
}

/* <substitution>; p->p at the 'S'. */
static Node *psubst(P *p) {
  if (!eat(p, 'S')) return fail(p);
  int c = pk(p);
  const char *ab = "absiod";
  const char *q = c ? strchr(ab, c) : NULL;
  if (q) {
    p->p++;
    int i = (int)(q - ab);
    if (!p->std_ab[i]) {
      switch (c) {
      case 'a': p->std_ab[i] = std_name(p, "allocator"); break;
      case 'b': p->std_ab[i] = std_name(p, "basic_string"); break;
      case 's': p->std_ab[i] = std_char_template(p, "basic_string", true); break;
      case 'i': p->std_ab[i] = std_char_template(p, "basic_istream", false); break;
      case 'o': p->std_ab[i] = std_char_template(p, "basic_ostream", false); break;
      case 'd': p->std_ab[i] = std_char_template(p, "basic_iostream", false); break;
      }
    }
    if (!p->std_ab[i]) return fail(p);
    /* the name a following constructor or destructor takes */
    Node *b = p->std_ab[i];
    if (b->k == N_TEMPLATE) b = b->a;
    p->last_name = b->b;
    return p->std_ab[i];
  }
  long idx;
  if (!pseq(p, &idx, 36) || (size_t)idx >= p->nsubs) return fail(p);
  return p->subs[idx];
}

/* ---------------------------------------------------------- parsers */

static Node *ptype(P *p);
static Node *pexpr(P *p);
static Node *pencoding(P *p);
static Node *pname(P *p, NameInfo *ni);
static Node *ptargs(P *p);
static Node *pexpr_primary(P *p);
static Node *ptarg(P *p);

#define RECURSE(call)                                                                                  \
  do {                                                                                                 \
    if (p->err || ++p->depth > PARSE_DEPTH_MAX) {                                                      \
      p->depth--;                                                                                      \
      return fail(p);                                                                                  \
    }                                                                                                  \
    Node *r_ = (call);                                                                                 \
    p->depth--;                                                                                        \
    if (!r_) return fail(p);                                                                           \
    return r_;                                                                                         \
  } while (0)

/* T_ / T<n>_ ; p->p at the 'T'.  What it stands for is looked up while
 * printing, in the template being printed (as c++filt does: GCC numbers
 * substitutions so that a T_ recorded in one template may be reused for the
 * same parameter of another). */
static Node *ptparam(P *p) {
  long idx;
  if (!eat(p, 'T') || !pseq(p, &idx, 10)) return fail(p);
  Node *n = mk(p, N_TPARAM);
  if (n) n->num = idx;
  return n;
}

static unsigned pcv(P *p) {
  unsigned cv = 0;
  if (eat(p, 'r')) cv |= Q_RESTRICT;
  if (eat(p, 'V')) cv |= Q_VOLATILE;
  if (eat(p, 'K')) cv |= Q_CONST;
  return cv;
}

/* Parameter types of a function (mode 0: an encoding, up to the end, an 'E'
 * or a '.'; mode 1: a function type, up to 'E', "RE" or "OE"; mode 2: a
 * lambda signature, up to 'E'). */
static Node *pparams(P *p, int mode) {
  Vec v;
  vinit(&v);
  for (;;) {
    int c = pk(p);
    if (!c || c == 'E' || (mode == 0 && c == '.')) break;
    if (mode == 1 && (c == 'R' || c == 'O') && pk2(p, 1) == 'E') break;
    if (!vpush(p, &v, ptype(p))) return fail(p);
  }
  if (!v.n) return fail(p);
  if (v.n == 1 && v.v[0]->k == N_BUILTIN && v.v[0]->s[0] == 'v' && !strcmp(v.v[0]->s, "void")) v.n = 0;
  return vnode(p, N_LIST, &v);
}

/* [exception spec] F [Y] <type> <params> [R|O] E ; p->p at the spec or F. */
static Node *pfunctype(P *p) {
  Node *ex = NULL;
  bool tsafe = false;
  for (;;) {
    if (eat2(p, "Do")) {
      ex = mk(p, N_NOEXCEPT);
    } else if (eat2(p, "DO")) {
      ex = mk1(p, N_NOEXCEPT, pexpr(p));
      if (!eat(p, 'E')) return fail(p);
    } else if (eat2(p, "Dw")) {
      Vec v;
      vinit(&v);
      while (!eat(p, 'E')) {
        if (!pk(p) || !vpush(p, &v, ptype(p))) return fail(p);
      }
      ex = mk(p, N_THROWSPEC);
      if (ex) ex->b = vnode(p, N_LIST, &v);
    } else if (eat2(p, "Dx")) {
      tsafe = true;
    } else {
      break;
    }
    if (p->err) return NULL;
  }
  if (!eat(p, 'F')) return fail(p);
  eat(p, 'Y');
  Node *ret = ptype(p);
  if (!ret) return NULL;
  Node *params = pparams(p, 1);
  if (!params) return NULL;
  unsigned ref = 0;
  if (eat(p, 'R'))
    ref = 1;
  else if (eat(p, 'O'))
    ref = 2;
  if (!eat(p, 'E')) return fail(p);
  Node *n = mk(p, N_FTYPE);
  if (!n) return NULL;
  n->a = ret;
  n->b = params;
  n->c = ex;
  n->ref = (unsigned char)ref;
  n->f = tsafe;
  return n;
}

static bool at_functype(P *p) {
  int c = pk(p), d = pk2(p, 1);
  return c == 'F' || (c == 'D' && (d == 'o' || d == 'O' || d == 'w' || d == 'x'));
}

static Node *ptype_(P *p) {
  int c = pk(p);
  Node *r;
  if (is_lower(c) && builtin_names[c - 'a'] && c != 'u') {
    p->p++;
    return builtin(p, builtin_names[c - 'a'], builtin_class(c));
  }
  switch (c) {
  case 'u':
    p->p++;
    r = psource(p);
    if (r && pk(p) == 'I') r = mk2(p, N_TEMPLATE, r, ptargs(p));
    addsub(p, r);
    return r;
  case 'r':
  case 'V':
  case 'K':
  case 'U': {
    Node *vq[8];
    int nvq = 0;
    while (pk(p) == 'U') {
      p->p++;
      Node *q = psource(p);
      if (q && pk(p) == 'I') q = mk2(p, N_TEMPLATE, q, ptargs(p));
      if (!q || nvq == 8) return fail(p);
      vq[nvq++] = q;
    }
    unsigned cv = pcv(p);
    if (at_functype(p) && cv) {
      r = pfunctype(p);
      if (!r) return NULL;
      r->cv = (unsigned char)cv;
    } else {
      r = ptype(p);
      if (r && cv) {
        Node *q = mk1(p, N_QUAL, r);
        if (q) q->cv = (unsigned char)cv;
        r = q;
      }
    }
    while (r && nvq > 0) r = mk2(p, N_VQUAL, r, vq[--nvq]);
    addsub(p, r);
    return r;
  }
  case 'P': p->p++; r = mk1(p, N_PTR, ptype(p)); break;
  case 'R': p->p++; r = mk1(p, N_LREF, ptype(p)); break;
  case 'O': p->p++; r = mk1(p, N_RREF, ptype(p)); break;
  case 'C': p->p++; r = mk1(p, N_CPLX, ptype(p)); break;
  case 'G': p->p++; r = mk1(p, N_IMAG, ptype(p)); break;
  case 'F': r = pfunctype(p); break;
  case 'A': {
    p->p++;
    Node *dim = NULL;
    if (is_digit(pk(p))) {
      const char *s = p->p;
      while (is_digit(pk(p))) p->p++;
      dim = mkname(p, s, (size_t)(p->p - s));
    } else if (pk(p) != '_') {
      dim = pexpr(p);
      if (!dim) return NULL;
    }
    if (!eat(p, '_')) return fail(p);
    r = mk1(p, N_ARRAY, ptype(p));
    if (r) r->b = dim;
    break;
  }
  case 'M': {
    p->p++;
    Node *cls = ptype(p);
    if (!cls) return NULL;
    r = mk2(p, N_PTRMEM, cls, ptype(p));
    break;
  }
  case 'T':
    r = ptparam(p);
    if (!r) return NULL;
    addsub(p, r);
    if (pk(p) == 'I' && !p->no_targs) {
      r = mk2(p, N_TEMPLATE, r, ptargs(p));
      addsub(p, r);
    }
    return r;
  case 'S':
    if (pk2(p, 1) == 't') {
      r = pname(p, NULL);
      break;
    }
    r = psubst(p);
    if (r && pk(p) == 'I') {
      r = mk2(p, N_TEMPLATE, r, ptargs(p));
      addsub(p, r);
    }
    return r;
  case 'D': {
    int d = pk2(p, 1);
    if (d == 'p') {
      p->p += 2;
      r = mk1(p, N_PACKEXP, ptype(p));
    } else if (d == 't' || d == 'T') {
      p->p += 2;
      r = mk1(p, N_DECLTYPE, pexpr(p));
      if (!eat(p, 'E')) return fail(p);
    } else if (d == 'v') {
      p->p += 2;
      Node *dim;
      if (is_digit(pk(p))) {
        const char *s = p->p;
        while (is_digit(pk(p))) p->p++;
        dim = mkname(p, s, (size_t)(p->p - s));
      } else {
        if (!eat(p, '_')) return fail(p);
        dim = pexpr(p);
      }
      if (!dim || !eat(p, '_')) return fail(p);
      r = mk1(p, N_VECTOR, ptype(p));
      if (r) r->b = dim;
    } else if (d == 'o' || d == 'O' || d == 'w' || d == 'x') {
      r = pfunctype(p);
    } else {
      return pdbuiltin(p);
    }
    break;
  }
  case 'N':
  case 'Z':
    r = pname(p, NULL);
    break;
  default:
    if (is_digit(c)) {
      r = pname(p, NULL);
      break;
    }
    return fail(p);
  }
  addsub(p, r);
  return r;
}

static Node *ptype(P *p) { RECURSE(ptype_(p)); }

/* ---------------------------------------------------- operator names */

typedef struct {
  char code[3];
  const char *name; /* as in "operator<name>" and in expressions */
  unsigned char arity;
} OpInfo;

static const OpInfo ops[] = {
    {"aN", "&=", 2},       {"aS", "=", 2},         {"aa", "&&", 2},      {"ad", "&", 1},
    {"an", "&", 2},        {"at", "alignof ", 1},  {"aw", "co_await", 1}, {"az", "alignof ", 1},
    {"cc", "const_cast", 2}, {"cl", "()", 2},      {"cm", ",", 2},       {"co", "~", 1},
    {"dV", "/=", 2},       {"da", "delete[]", 1},  {"dc", "dynamic_cast", 2}, {"de", "*", 1},
    {"dl", "delete", 1},   {"ds", ".*", 2},        {"dt", ".", 2},       {"dv", "/", 2},
    {"eO", "^=", 2},       {"eo", "^", 2},         {"eq", "==", 2},      {"ge", ">=", 2},
    {"gt", ">", 2},        {"ix", "[]", 2},        {"lS", "<<=", 2},     {"le", "<=", 2},
    {"ls", "<<", 2},       {"lt", "<", 2},         {"mI", "-=", 2},      {"mL", "*=", 2},
    {"mi", "-", 2},        {"ml", "*", 2},         {"mm", "--", 1},      {"na", "new[]", 3},
    {"ne", "!=", 2},       {"ng", "-", 1},         {"nt", "!", 1},       {"nw", "new", 3},
    {"oR", "|=", 2},       {"oo", "||", 2},        {"or", "|", 2},       {"pL", "+=", 2},
    {"pl", "+", 2},        {"pm", "->*", 2},       {"pp", "++", 1},      {"ps", "+", 1},
    {"pt", "->", 2},       {"qu", "?", 3},         {"rM", "%=", 2},      {"rS", ">>=", 2},
    {"rc", "reinterpret_cast", 2}, {"rm", "%", 2}, {"rs", ">>", 2},      {"sc", "static_cast", 2},
    {"ss", "<=>", 2},      {"st", "sizeof ", 1},   {"sz", "sizeof ", 1}, {"te", "typeid ", 1},
    {"ti", "typeid ", 1},  {"tw", "throw ", 1},
};

static const OpInfo *find_op(int a, int b) {
  for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
    if (ops[i].code[0] == a && ops[i].code[1] == b) return &ops[i];
  return NULL;
}

static Node *poperator(P *p, NameInfo *ni) {
  if (eat2(p, "cv")) {
    bool nt = p->no_targs;
    p->no_targs = true;
    Node *t = ptype(p);
    p->no_targs = nt;
    if (ni) ni->cdc = true;
    return mk1(p, N_CONV, t);
  }
  if (eat2(p, "li")) return mk1(p, N_LITOP, psource(p));
  if (pk(p) == 'v' && is_digit(pk2(p, 1))) {
    p->p += 2;
    return mk1(p, N_VENDOROP, psource(p));
  }
  const OpInfo *op = find_op(pk(p), pk2(p, 1));
  if (!op) return fail(p);
  p->p += 2;
  return mkstr(p, N_OP, op->name);
}

/* <unqualified-name> [abi tags]; scope is the prefix (for constructors). */
static Node *punqual(P *p, Node *scope, NameInfo *ni) {
  int c = pk(p);
  Node *r;
  ni->cdc = false;
  ni->tmpl = false;
  if (is_digit(c)) {
    r = psource(p);
  } else if (is_lower(c)) {
    r = poperator(p, ni);
  } else if (c == 'C') {
    p->p++;
    bool inh = eat(p, 'I');
    int k = pk(p);
    if (k < '1' || k > '5') return fail(p);
    p->p++;
    if (inh && !ptype(p)) return NULL;
    if (!scope) return fail(p);
    r = mk1(p, N_CTOR, p->last_name ? p->last_name : scope);
    ni->cdc = true;
  } else if (c == 'D' && (pk2(p, 1) == '0' || pk2(p, 1) == '1' || pk2(p, 1) == '2' || pk2(p, 1) == '4' ||
                          pk2(p, 1) == '5')) {
    p->p += 2;
    if (!scope) return fail(p);
    r = mk1(p, N_DTOR, p->last_name ? p->last_name : scope);
    ni->cdc = true;
  } else if (c == 'D' && pk2(p, 1) == 'C') {
    p->p += 2;
    Vec v;
    vinit(&v);
    while (!eat(p, 'E'))
      if (!vpush(p, &v, psource(p))) return fail(p);
    if (!v.n) return fail(p);
    r = vnode(p, N_DECOMP, &v);
  } else if (c == 'U' && pk2(p, 1) == 't') {
    p->p += 2;
    long n = -1;
    pnum(p, &n);
    if (!eat(p, '_')) return fail(p);
    r = mk(p, N_UNNAMED);
    if (r) r->num = n + 2;
  } else if (c == 'U' && pk2(p, 1) == 'l') {
    p->p += 2;
    Node *params = pparams(p, 2);
    if (!params || !eat(p, 'E')) return fail(p);
    long n = -1;
    pnum(p, &n);
    if (!eat(p, '_')) return fail(p);
    r = mk(p, N_LAMBDA);
    if (r) {
      r->b = params;
      r->num = n + 2;
    }
  } else if (c == 'L') {
    p->p++;
    r = psource(p);
    if (!pdiscriminator(p)) return fail(p);
  } else {
    return fail(p);
  }
  while (r && pk(p) == 'B') {
    p->p++;
    long n;
    if (!pnum(p, &n) || n <= 0 || n > p->e - p->p) return fail(p);
    Node *t = mk1(p, N_ABITAG, r);
    if (t) {
      t->s = p->p;
      t->n = (size_t)n;
    }
    p->p += n;
    r = t;
  }
  return r;
}

static Node *pnested(P *p, NameInfo *ni) {
  if (!eat(p, 'N')) return fail(p);
  ni->cv = (unsigned char)pcv(p);
  if (eat(p, 'R'))
    ni->ref = 1;
  else if (eat(p, 'O'))
    ni->ref = 2;
  Node *cur = NULL;
  bool pushed = false;
  while (!eat(p, 'E')) {
    int c = pk(p);
    if (p->err || !c) return fail(p);
    pushed = true;
    if (c == 'S' && pk2(p, 1) == 't') {
      if (cur) return fail(p);
      p->p += 2;
      cur = mkstr(p, N_NAME, "std");
      pushed = false;
      ni->tmpl = ni->cdc = false;
      continue;
    }
    if (c == 'S') {
      if (cur) return fail(p);
      cur = psubst(p);
      pushed = false;
      ni->tmpl = ni->cdc = false;
      if (!cur) return NULL;
      continue;
    }
    if (c == 'I') {
      if (!cur) return fail(p);
      cur = mk2(p, N_TEMPLATE, cur, ptargs(p));
      ni->tmpl = true;
    } else if (c == 'T') {
      if (cur) return fail(p);
      cur = ptparam(p);
      ni->tmpl = ni->cdc = false;
    } else if (c == 'D' && (pk2(p, 1) == 't' || pk2(p, 1) == 'T')) {
      if (cur) return fail(p);
      p->p += 2;
      cur = mk1(p, N_DECLTYPE, pexpr(p));
      if (!eat(p, 'E')) return fail(p);
      ni->tmpl = ni->cdc = false;
    } else if (c == 'M') {
      if (!cur) return fail(p);
      p->p++;
      pushed = false;
      continue;
    } else {
      Node *u = punqual(p, cur, ni);
      cur = cur ? mk2(p, N_NESTED, cur, u) : u;
    }
    if (!cur) return fail(p);
    addsub(p, cur);
  }
  if (!cur) return fail(p);
  if (pushed && p->nsubs) p->nsubs--;
  return cur;
}

static Node *plocal(P *p, NameInfo *ni) {
  if (!eat(p, 'Z')) return fail(p);
  Node *enc = pencoding(p);
  if (!enc || !eat(p, 'E')) return fail(p);
  if (enc->k == N_FUNC) enc->f = 1; /* c++filt omits its return type */
  if (eat(p, 's')) {
    if (!pdiscriminator(p)) return fail(p);
    ni->tmpl = ni->cdc = false;
    return mk2(p, N_LOCAL, enc, mk(p, N_STRLIT));
  }
  if (eat(p, 'd')) {
    long n = -1;
    pnum(p, &n);
    if (!eat(p, '_')) return fail(p);
    Node *d = mk(p, N_DEFARG);
    if (d) d->num = n + 2;
    Node *ent = pname(p, ni);
    return mk2(p, N_LOCAL, enc, mk2(p, N_NESTED, d, ent));
  }
  Node *ent = pname(p, ni);
  if (!ent || !pdiscriminator(p)) return fail(p);
  return mk2(p, N_LOCAL, enc, ent);
}

static Node *pname_(P *p, NameInfo *ni) {
  Node *u;
  switch (pk(p)) {
  case 'N': return pnested(p, ni);
  case 'Z': return plocal(p, ni);
  case 'S':
    if (pk2(p, 1) != 't') {
      Node *s = psubst(p);
      if (!s || pk(p) != 'I') return fail(p);
      ni->tmpl = true;
      return mk2(p, N_TEMPLATE, s, ptargs(p));
    }
    p->p += 2;
    u = punqual(p, NULL, ni);
    u = mk2(p, N_NESTED, mkstr(p, N_NAME, "std"), u);
    break;
  default:
    u = punqual(p, NULL, ni);
    break;
  }
  if (u && pk(p) == 'I') {
    addsub(p, u);
    u = mk2(p, N_TEMPLATE, u, ptargs(p));
    ni->tmpl = true;
  }
  return u;
}

static Node *pname(P *p, NameInfo *ni) {
  NameInfo dummy;
  if (!ni) ni = &dummy;
  memset(ni, 0, sizeof(*ni));
  RECURSE(pname_(p, ni));
}

static Node *ptarg_(P *p) {
  switch (pk(p)) {
  case 'X': {
    p->p++;
    Node *e = pexpr(p);
    if (!e || !eat(p, 'E')) return fail(p);
    return e;
  }
  case 'L': return pexpr_primary(p);
  case 'I': /* argument pack as mangled by old GCCs */
  case 'J': {
    p->p++;
    Vec v;
    vinit(&v);
    while (!eat(p, 'E'))
      if (!pk(p) || !vpush(p, &v, ptarg(p))) return fail(p);
    return vnode(p, N_PACK, &v);
  }
  default: return ptype(p);
  }
}

static Node *ptarg(P *p) { RECURSE(ptarg_(p)); }

static Node *ptargs_(P *p) {
  if (!eat(p, 'I')) return fail(p);
  bool nt = p->no_targs;
  Node *last = p->last_name;
  p->no_targs = false;
  Vec v;
  vinit(&v);
  while (!eat(p, 'E'))
    if (!pk(p) || !vpush(p, &v, ptarg(p))) return fail(p);
  p->no_targs = nt;
  p->last_name = last;
  return vnode(p, N_ARGS, &v);
}

static Node *ptargs(P *p) { RECURSE(ptargs_(p)); }

/* ------------------------------------------------------ expressions */

/* L <type> <value> E | L _Z <encoding> E ; p->p at the 'L'. */
static Node *pexpr_primary_(P *p) {
  if (!eat(p, 'L')) return fail(p);
  if (eat2(p, "_Z") || eat(p, 'Z')) {
    Node *enc = pencoding(p);
    if (!enc || !eat(p, 'E')) return fail(p);
    return enc;
  }
  Node *t = ptype(p);
  if (!t) return NULL;
  Node *n = mk1(p, N_LIT, t);
  if (!n) return NULL;
  n->f = eat(p, 'n');
  n->s = p->p;
  while (pk(p) && pk(p) != 'E') p->p++;
  n->n = (size_t)(p->p - n->s);
  if (!eat(p, 'E')) return fail(p);
  return n;
}

static Node *pexpr_primary(P *p) { RECURSE(pexpr_primary_(p)); }

/* Expressions up to a terminator character, into a list. */
static Node *pexprs_until(P *p, int term) {
  Vec v;
  vinit(&v);
  while (!eat(p, term))
    if (!pk(p) || !vpush(p, &v, pexpr(p))) return fail(p);
  return vnode(p, N_LIST, &v);
}

/* <simple-id> := <source-name> [<template-args>] */
static Node *psimple_id(P *p) {
  Node *n = psource(p);
  if (n && pk(p) == 'I') n = mk2(p, N_TEMPLATE, n, ptargs(p));
  return n;
}

/* <base-unresolved-name> */
static Node *punres_base(P *p) {
  Node *n;
  if (eat2(p, "on")) {
    n = poperator(p, NULL);
    if (n && pk(p) == 'I') n = mk2(p, N_TEMPLATE, n, ptargs(p));
    return n;
  }
  if (eat2(p, "dn")) {
    if (is_digit(pk(p)))
      n = psimple_id(p);
    else
      n = ptype(p);
    return mk1(p, N_DTORNAME, n);
  }
  return psimple_id(p);
}

/* <unresolved-name> (after an optional "gs"); p->p at "sr" or a base name.
 * The qualifier is parsed as a type, as GNU tools do: "srN...E" is then a
 * nested name, and its components become substitution candidates the way
 * GCC numbers them. */
static Node *punresolved(P *p) {
  if (!eat2(p, "sr")) return punres_base(p);
  Node *q;
  if (is_digit(pk(p))) { /* sr <unresolved-qualifier-level>+ E */
    q = psimple_id(p);
    while (q && !eat(p, 'E')) q = mk2(p, N_NESTED, q, psimple_id(p));
  } else {
    q = ptype(p);
  }
  if (!q) return NULL;
  /* like c++filt, A::f<T> is a template whose name is A::f, which makes
   * it print with parentheses as a callee: (A::f<T>)() */
  Node *b = punres_base(p);
  if (b && b->k == N_TEMPLATE) return mk2(p, N_TEMPLATE, mk2(p, N_NESTED, q, b->a), b->b);
  return mk2(p, N_NESTED, q, b);
}

static Node *mkop(P *p, int k, const char *s, Node *a, Node *b) {
  Node *n = mk(p, k);
  if (!n || !a) return fail(p);
  n->s = s;
  n->n = strlen(s);
  n->a = a;
  n->b = b;
  return n;
}

static Node *pfparam(P *p, long n) {
  Node *r = mk(p, N_FPARAM);
  if (r) r->num = n;
  return r;
}

static Node *pexpr_(P *p) {
  int c = pk(p), d = pk2(p, 1);
  if (!c) return fail(p);
  if (c == 'L') return pexpr_primary(p);
  if (c == 'T') return ptparam(p);
  if (c == 'f' && d == 'p') {
    p->p += 2;
    pcv(p);
    long n = -1;
    pnum(p, &n);
    if (!eat(p, '_')) return fail(p);
    return pfparam(p, n + 2);
  }
  if (c == 'f' && d == 'L' && is_digit(pk2(p, 2))) {
    long lvl, n = -1;
    p->p += 2;
    pnum(p, &lvl);
    if (!eat(p, 'p')) return fail(p);
    pcv(p);
    pnum(p, &n);
    if (!eat(p, '_')) return fail(p);
    return pfparam(p, n + 2);
  }
  if (c == 'f' && (d == 'l' || d == 'r' || d == 'L' || d == 'R')) {
    p->p += 2;
    const OpInfo *op = find_op(pk(p), pk2(p, 1));
    if (!op || op->arity != 2) return fail(p);
    p->p += 2;
    Node *x = pexpr(p), *y = NULL;
    if (x && (d == 'L' || d == 'R')) y = pexpr(p);
    if (!x || ((d == 'L' || d == 'R') && !y)) return fail(p);
    Node *n = mkop(p, N_FOLD, op->name, x, y);
    if (n) n->f = (unsigned char)d;
    return n;
  }
  if (is_digit(c) || (c == 'o' && d == 'n') || (c == 'd' && d == 'n') || (c == 's' && d == 'r'))
    return punresolved(p);
  bool global = false;
  if (c == 'g' && d == 's') {
    p->p += 2;
    global = true;
    c = pk(p);
    d = pk2(p, 1);
    if (c == 's' && d == 'r') return mkop(p, N_SPECIAL, "::", punresolved(p), NULL);
  }
  if (c == 'u') { /* vendor extended expression */
    p->p++;
    Node *name = psource(p);
    return mk2(p, N_CALL, name, pexprs_until(p, 'E'));
  }
  if ((c == 'n' && (d == 'w' || d == 'a')) || (c == 'd' && (d == 'l' || d == 'a'))) {
    p->p += 2;
    Node *n = mk(p, c == 'n' ? N_NEW : N_DELETE);
    if (!n) return NULL;
    n->f = (unsigned char)((global ? 1 : 0) | (d == 'a' ? 2 : 0));
    if (c == 'd') {
      n->a = pexpr(p);
      return n->a ? n : fail(p);
    }
    n->a = pexprs_until(p, '_');
    n->b = ptype(p);
    if (!n->a || !n->b) return fail(p);
    if (eat2(p, "pi")) {
      n->c = pexprs_until(p, 'E');
      if (!n->c) return NULL;
    } else if (pk(p) == 'i' && pk2(p, 1) == 'l') {
      n->c = pexpr(p);
      if (!n->c || !eat(p, 'E')) return fail(p);
    } else if (!eat(p, 'E')) {
      return fail(p);
    }
    return n;
  }
  if (global) return fail(p);
  p->p += 2;
  switch (c << 8 | d) {
  case 'd' << 8 | 't':
  case 'p' << 8 | 't': {
    Node *obj = pexpr(p);
    if (!obj) return NULL;
    return mkop(p, N_BINARY, c == 'd' ? "." : "->", obj, punresolved(p));
  }
  case 'c' << 8 | 'l': {
    Node *f = pexpr(p);
    if (!f) return NULL;
    return mk2(p, N_CALL, f, pexprs_until(p, 'E'));
  }
  case 'c' << 8 | 'v': {
    bool nt = p->no_targs;
    p->no_targs = false;
    Node *t = ptype(p);
    p->no_targs = nt;
    if (!t) return NULL;
    Node *n = mk1(p, N_CAST, t);
    if (!n) return NULL;
    if (eat(p, '_')) {
      n->b = pexprs_until(p, 'E');
      n->f = 1;
    } else {
      n->b = pexpr(p);
    }
    return n->b ? n : fail(p);
  }
  case 'i' << 8 | 'l': {
    Node *n = mk(p, N_INIT);
    if (n) n->b = pexprs_until(p, 'E');
    return n && n->b ? n : fail(p);
  }
  case 't' << 8 | 'l': {
    Node *t = ptype(p);
    if (!t) return NULL;
    return mk2(p, N_INIT, t, pexprs_until(p, 'E'));
  }
  case 's' << 8 | 't':
  case 'a' << 8 | 't': return mkop(p, N_SIZEOF_T, c == 's' ? "sizeof " : "alignof ", ptype(p), NULL);
  case 't' << 8 | 'i': return mkop(p, N_SIZEOF_T, "typeid ", ptype(p), NULL);
  case 't' << 8 | 'e': return mkop(p, N_PREFIX, "typeid ", pexpr(p), NULL);
  case 'n' << 8 | 'x': return mkop(p, N_PREFIX, "noexcept ", pexpr(p), NULL);
  case 's' << 8 | 'Z': {
    Node *x = pk(p) == 'T' ? ptparam(p) : pexpr(p);
    return mk1(p, N_SIZEOF_PACK, x);
  }
  case 's' << 8 | 'P': {
    Node *l;
    Vec v;
    vinit(&v);
    while (!eat(p, 'E'))
      if (!pk(p) || !vpush(p, &v, ptarg(p))) return fail(p);
    l = vnode(p, N_PACK, &v);
    return mk1(p, N_SIZEOF_PACK, l);
  }
  case 's' << 8 | 'p': return mk1(p, N_PACKEXP, pexpr(p));
  case 't' << 8 | 'w': return mk1(p, N_THROW, pexpr(p));
  case 't' << 8 | 'r': return mk(p, N_THROW);
  case 'd' << 8 | 'c':
  case 's' << 8 | 'c':
  case 'c' << 8 | 'c':
  case 'r' << 8 | 'c': {
    const OpInfo *op = find_op(c, d);
    Node *t = ptype(p);
    if (!t) return NULL;
    return mkop(p, N_NCAST, op->name, t, pexpr(p));
  }
  default: break;
  }
  const OpInfo *op = find_op(c, d);
  if (!op) return fail(p);
  if (op->arity == 1) {
    if ((c == 'p' && d == 'p') || (c == 'm' && d == 'm')) {
      if (eat(p, '_')) return mkop(p, N_UNARY, op->name, pexpr(p), NULL);
      return mkop(p, N_POSTFIX, op->name, pexpr(p), NULL);
    }
    return mkop(p, N_UNARY, op->name, pexpr(p), NULL);
  }
  if (op->arity == 2) {
    Node *x = pexpr(p);
    if (!x) return NULL;
    Node *y = pexpr(p);
    if (!y) return NULL;
    return mkop(p, N_BINARY, op->name, x, y);
  }
  if (c == 'q' && d == 'u') {
    Node *x = pexpr(p);
    if (!x) return NULL;
    Node *y = pexpr(p);
    if (!y) return NULL;
    Node *z = pexpr(p);
    if (!z) return NULL;
    Node *n = mk(p, N_TERNARY);
    if (!n) return NULL;
    n->a = x;
    n->b = y;
    n->c = z;
    return n;
  }
  return fail(p);
}

static Node *pexpr(P *p) { RECURSE(pexpr_(p)); }

/* ---------------------------------------------------- special names */

static bool pcall_offset(P *p) {
  long n;
  if (eat(p, 'h')) return psnum(p, &n) && eat(p, '_');
  if (eat(p, 'v')) return psnum(p, &n) && eat(p, '_') && psnum(p, &n) && eat(p, '_');
  return false;
}

static Node *special(P *p, const char *prefix, Node *a) {
  Node *n = mkop(p, N_SPECIAL, prefix, a, NULL);
  return n;
}

static Node *pspecial(P *p) {
  if (eat(p, 'T')) {
    int c = pk(p);
    p->p++;
    switch (c) {
    case 'V': return special(p, "vtable for ", ptype(p));
    case 'T': return special(p, "VTT for ", ptype(p));
    case 'I': return special(p, "typeinfo for ", ptype(p));
    case 'S': return special(p, "typeinfo name for ", ptype(p));
    case 'h':
      p->p--;
      if (!pcall_offset(p)) return fail(p);
      return special(p, "non-virtual thunk to ", pencoding(p));
    case 'v':
      p->p--;
      if (!pcall_offset(p)) return fail(p);
      return special(p, "virtual thunk to ", pencoding(p));
    case 'c':
      if (!pcall_offset(p) || !pcall_offset(p)) return fail(p);
      return special(p, "covariant return thunk to ", pencoding(p));
    case 'C': {
      Node *t1 = ptype(p);
      long n;
      if (!t1 || !psnum(p, &n) || !eat(p, '_')) return fail(p);
      return mk2(p, N_CTORVT, t1, ptype(p));
    }
    case 'H': return special(p, "TLS init function for ", pname(p, NULL));
    case 'W': return special(p, "TLS wrapper function for ", pname(p, NULL));
    case 'A': return special(p, "template parameter object for ", ptarg(p));
    default: return fail(p);
    }
  }
  if (eat(p, 'G')) {
    int c = pk(p);
    p->p++;
    switch (c) {
    case 'V': return special(p, "guard variable for ", pname(p, NULL));
    case 'R': {
      Node *n = mk1(p, N_REFTEMP, pname(p, NULL));
      long k = 0;
      pnum(p, &k);
      if (n) n->num = k;
      return n;
    }
    case 'A': return special(p, "hidden alias for ", pencoding(p));
    case 'T':
      if (eat(p, 't')) return special(p, "transaction clone for ", pencoding(p));
      if (eat(p, 'n')) return special(p, "non-transaction clone for ", pencoding(p));
      return fail(p);
    default: return fail(p);
    }
  }
  return fail(p);
}

static Node *pencoding_(P *p) {
  int c = pk(p);
  if (c == 'T' || (c == 'G' && (pk2(p, 1) == 'V' || pk2(p, 1) == 'R' || pk2(p, 1) == 'A' || pk2(p, 1) == 'T')))
    return pspecial(p);
  NameInfo ni;
  Node *name = pname(p, &ni);
  if (!name) return NULL;
  c = pk(p);
  if (!c || c == 'E') return name;
  Node *ret = NULL;
  if (ni.tmpl && !ni.cdc) {
    ret = ptype(p);
    if (!ret) return NULL;
  }
  Node *params = pparams(p, 0);
  if (!params) return NULL;
  Node *ft = mk(p, N_FTYPE);
  if (!ft) return NULL;
  ft->a = ret;
  ft->b = params;
  ft->cv = ni.cv;
  ft->ref = ni.ref;
  return mk2(p, N_FUNC, name, ft);
}

static Node *pencoding(P *p) { RECURSE(pencoding_(p)); }

/* ---------------------------------------------------------- printer */

/* The templates whose arguments T_ refers to while printing, innermost
 * first.  A persistent list: printing an argument pops one level. */
typedef struct TCtx {
  Node *args;
  const struct TCtx *next;
} TCtx;

typedef struct {
  Buf o;
  int depth;
  long steps;
  long pack_idx;      /* element of the pack being expanded, or -1 */
  int in_lambda;      /* printing a lambda's signature: T_ is auto:1 */
  unsigned outer_cv;  /* qualifiers of directly enclosing N_QUALs */
  const TCtx *tmpl;   /* template arguments in scope */
  Node *cur_template; /* innermost template printed (conversion operators) */
  Node *stack[PRINT_DEPTH_MAX + 2]; /* nodes being printed, stack[depth] innermost */
  /* The scope a template parameter under a reference was first printed in
   * (see ref_scope); chains copied into pool. */
  struct {
    Node *tp;
    const TCtx *ctx;
  } saved[SAVED_MAX];
  int nsaved;
  TCtx *pool;
  size_t npool;
} D;

static void pr_left(D *d, Node *n);
static void pr_right(D *d, Node *n);

static void pr(D *d, Node *n) {
  pr_left(d, n);
  pr_right(d, n);
}

static void pr_left_in(D *d, Node *n, const TCtx *ctx) {
  const TCtx *saved = d->tmpl;
  d->tmpl = ctx;
  pr_left(d, n);
  d->tmpl = saved;
}

static void pr_right_in(D *d, Node *n, const TCtx *ctx) {
  const TCtx *saved = d->tmpl;
  d->tmpl = ctx;
  pr_right(d, n);
  d->tmpl = saved;
}

static bool enter(D *d, Node *n) {
  if (!n) d->o.bad = true;
  if (d->o.bad) return false;
  if (++d->depth > PRINT_DEPTH_MAX || ++d->steps > PRINT_STEPS_MAX) {
    d->depth--;
    d->o.bad = true;
    return false;
  }
  d->stack[d->depth] = n;
  return true;
}

static const TCtx *copy_ctx(D *d, const TCtx *c, bool *ok) {
  size_t len = 0;
  for (const TCtx *q = c; q; q = q->next) len++;
  *ok = false;
  if (!d->pool) d->pool = malloc(POOL_MAX * sizeof(TCtx));
  if (!d->pool || len > POOL_MAX - d->npool) return NULL;
  TCtx *first = d->pool + d->npool;
  for (size_t i = 0; i < len; i++, c = c->next) {
    first[i].args = c->args;
    first[i].next = i + 1 < len ? &first[i + 1] : NULL;
  }
  d->npool += len;
  *ok = true;
  return len ? first : NULL;
}

/* The scope in which the template parameter under reference ref is looked
 * up.  As in c++filt: the first time a given T_ is printed under a
 * reference, the scope is remembered; when the same T_ is reached under a
 * reference again through a substitution, elsewhere in the tree, it is
 * looked up in the remembered scope. */
static const TCtx *ref_scope(D *d, Node *ref) {
  Node *sub = ref->a;
  if (d->in_lambda || !sub || sub->k != N_TPARAM || (ref->k != N_LREF && ref->k != N_RREF)) return d->tmpl;
  for (int i = 0; i < d->nsaved; i++) {
    if (d->saved[i].tp != sub) continue;
    for (int j = d->depth; j >= 1; j--)
      if (d->stack[j] == sub || (d->stack[j] == ref && j != d->depth)) return d->tmpl;
    return d->saved[i].ctx;
  }
  if (d->nsaved < SAVED_MAX) {
    bool ok;
    const TCtx *c = copy_ctx(d, d->tmpl, &ok);
    if (ok) {
      d->saved[d->nsaved].tp = sub;
      d->saved[d->nsaved++].ctx = c;
    }
  }
  return d->tmpl;
}

/* The argument the template parameter n stands for in *ctx; *ctx becomes
 * the context to print that argument in. */
static Node *targ(Node *n, const TCtx **ctx) {
  const TCtx *c = *ctx;
  if (!c || (size_t)n->num >= c->args->nv) return NULL;
  *ctx = c->next;
  return c->args->v[n->num];
}

/* Follows template parameters to the type they stand for. */
static Node *resolve_in(D *d, Node *n, const TCtx **ctx) {
  for (int i = 0; n && n->k == N_TPARAM && !d->in_lambda; i++) {
    Node *t = targ(n, ctx);
    if (!t || i == 64) return NULL;
    if (t->k == N_PACK) {
      if (d->pack_idx < 0 || (size_t)d->pack_idx >= t->nv) return t;
      t = t->v[d->pack_idx];
    }
    n = t;
  }
  return n;
}

/* Function and array types take a parenthesised declarator ("(*)"); a
 * qualified array type too ("char const (&) [6]"). */
static bool is_decl_paren(D *d, Node *n, const TCtx *c) {
  for (int i = 0; n && i < 64; i++) {
    if (n->k == N_FTYPE || n->k == N_ARRAY) return true;
    if (n->k != N_QUAL) return false;
    n = resolve_in(d, n->a, &c);
    if (n && n->k == N_FTYPE) return false;
  }
  return false;
}

static int decl_kind(D *d, Node *n, const TCtx *c) {
  if (!n) return -1;
  if (n->k == N_FTYPE) return N_FTYPE;
  return is_decl_paren(d, n, c) ? N_ARRAY : -1;
}

/* Pointee of a pointer or reference after reference collapsing, and the
 * context to print it in. */
static Node *ref_inner(D *d, Node *n, int *kind, const TCtx **ctx) {
  int k = n->k;
  *ctx = ref_scope(d, n);
  Node *in = resolve_in(d, n->a, ctx);
  if (k != N_PTR)
    for (int i = 0; in && (in->k == N_LREF || in->k == N_RREF); i++) {
      if (i == 64) return NULL;
      if (in->k == N_LREF) k = N_LREF;
      in = resolve_in(d, in->a, ctx);
    }
  *kind = k;
  return in;
}

/* Whether a (return) type's declarator puts parentheses around what
 * follows it, as in "int (*f())()": then no space separates them. */
static bool decl_paren(D *d, Node *n) {
  const TCtx *c = d->tmpl;
  for (int i = 0; i < 64; i++) {
    n = resolve_in(d, n, &c);
    if (!n) return false;
    switch (n->k) {
    case N_PTR:
    case N_LREF:
    case N_RREF: {
      int k;
      Node *in = ref_inner(d, n, &k, &c);
      if (is_decl_paren(d, in, c)) return true;
      n = in;
      break;
    }
    case N_PTRMEM: {
      Node *in = resolve_in(d, n->b, &c);
      if (is_decl_paren(d, in, c)) return true;
      n = in;
      break;
    }
    case N_QUAL:
    case N_VQUAL:
    case N_CPLX:
    case N_IMAG: n = n->a; break;
    default: return false;
    }
  }
  return false;
}

/* Elements joined by ", ".  As in c++filt, an element after the first
 * that prints nothing (an empty pack) takes its separator back, while an
 * empty first one leaves the next separator: "f<, int>". */
static void pr_list(D *d, Node *l) {
  if (!l) {
    d->o.bad = true;
    return;
  }
  for (size_t i = 0; i < l->nv && !d->o.bad; i++) {
    size_t m = d->o.len;
    if (i) bputs(&d->o, ", ");
    size_t m2 = d->o.len;
    pr(d, l->v[i]);
    if (i && d->o.len == m2) btrunc(&d->o, m);
  }
}

/* Size of the first pack referred to below n (for a pack expansion). */
static long find_pack(D *d, Node *n, int depth) {
  if (!n || depth > 64 || ++d->steps > PRINT_STEPS_MAX) return -1;
  if (n->k == N_TPARAM) {
    const TCtx *c = d->tmpl;
    Node *t = targ(n, &c);
    return t && t->k == N_PACK ? (long)t->nv : -1;
  }
  if (n->k == N_PACKEXP) return -1;
  long r;
  if ((r = find_pack(d, n->a, depth + 1)) >= 0) return r;
  if ((r = find_pack(d, n->b, depth + 1)) >= 0) return r;
  if ((r = find_pack(d, n->c, depth + 1)) >= 0) return r;
  for (size_t i = 0; i < n->nv; i++)
    if ((r = find_pack(d, n->v[i], depth + 1)) >= 0) return r;
  return -1;
}

static void pr_cv(Buf *o, unsigned cv) {
  if (cv & Q_CONST) bputs(o, " const");
  if (cv & Q_VOLATILE) bputs(o, " volatile");
  if (cv & Q_RESTRICT) bputs(o, " restrict");
}

/* "(params) const && noexcept" */
static void pr_fn_suffix(D *d, Node *ft) {
  Buf *o = &d->o;
  bputc(o, '(');
  pr_list(d, ft->b);
  bputc(o, ')');
  pr_cv(o, ft->cv);
  if (ft->ref) bputs(o, ft->ref == 1 ? " &" : " &&");
  if (ft->f) bputs(o, " transaction_safe");
  if (ft->c && ft->c->k == N_NOEXCEPT) {
    bputs(o, " noexcept");
    if (ft->c->a) {
      bputc(o, '(');
      pr(d, ft->c->a);
      bputc(o, ')');
    }
  } else if (ft->c && ft->c->k == N_THROWSPEC) {
    bputs(o, " throw(");
    pr_list(d, ft->c->b);
    bputc(o, ')');
  }
}

static void pr_array_right(D *d, Node *n, bool nested) {
  if (!enter(d, n)) return;
  Buf *o = &d->o;
  if (!nested) bputc(o, ' ');
  bputc(o, '[');
  if (n->b) pr(d, n->b);
  bputc(o, ']');
  const TCtx *c = d->tmpl;
  Node *e = resolve_in(d, n->a, &c);
  if (e && e->k == N_ARRAY) {
    const TCtx *saved = d->tmpl;
    d->tmpl = c;
    pr_array_right(d, e, true);
    d->tmpl = saved;
  } else {
    pr_right(d, n->a);
  }
  d->depth--;
}

static bool simple_expr(const Node *n) {
  return n && (n->k == N_NAME || n->k == N_NESTED || n->k == N_FPARAM || (n->k == N_INIT && !n->a));
}

static void pr_sub(D *d, Node *n) {
  bool s = simple_expr(n);
  if (!s) bputc(&d->o, '(');
  pr(d, n);
  if (!s) bputc(&d->o, ')');
}

static void pr_lit(D *d, Node *n) {
  Buf *o = &d->o;
  Node *t = n->a;
  int cls = t->k == N_BUILTIN ? (int)t->num : LP_DEFAULT;
  static const char *const suffix[] = {[LP_INT] = "", [LP_UINT] = "u", [LP_LONG] = "l",
                                       [LP_ULONG] = "ul", [LP_LLONG] = "ll", [LP_ULLONG] = "ull"};
  if (cls >= LP_INT && cls <= LP_ULLONG && n->n) {
    if (n->f) bputc(o, '-');
    bput(o, n->s, n->n);
    bputs(o, suffix[cls]);
    return;
  }
  if (cls == LP_BOOL && !n->f && n->n == 1 && (n->s[0] == '0' || n->s[0] == '1')) {
    bputs(o, n->s[0] == '1' ? "true" : "false");
    return;
  }
  if (!n->n) {
    pr(d, t);
    return;
  }
  bputc(o, '(');
  pr(d, t);
  bputc(o, ')');
  if (n->f) bputc(o, '-');
  if (cls == LP_FLOAT) bputc(o, '[');
  bput(o, n->s, n->n);
  if (cls == LP_FLOAT) bputc(o, ']');
}

static void pr_left(D *d, Node *n) {
  if (!enter(d, n)) return;
  Buf *o = &d->o;
  unsigned outer_cv = d->outer_cv;
  if (n->k != N_QUAL && n->k != N_TPARAM) d->outer_cv = 0;
  switch (n->k) {
  case N_NAME:
  case N_BUILTIN: bput(o, n->s, n->n); break;
  case N_NESTED:
    pr(d, n->a);
    bputs(o, "::");
    pr(d, n->b);
    break;
  case N_TEMPLATE: {
    Node *saved = d->cur_template;
    d->cur_template = n;
    pr(d, n->a);
    if (blast(o) == '<') bputc(o, ' ');
    bputc(o, '<');
    pr_list(d, n->b);
    if (blast(o) == '>') bputc(o, ' ');
    bputc(o, '>');
    d->cur_template = saved;
    break;
  }
  case N_ARGS:
  case N_LIST:
  case N_PACK: pr_list(d, n); break;
  case N_CTOR:
  case N_DTOR: {
    if (n->k == N_DTOR) bputc(o, '~');
    Node *b = n->a;
    for (int i = 0; b && i < 64; i++) {
      if (b->k == N_TEMPLATE || b->k == N_ABITAG)
        b = b->a;
      else if (b->k == N_NESTED)
        b = b->b;
      else
        break;
    }
    pr(d, b);
    break;
  }
  case N_OP:
    bputs(o, "operator");
    if (is_lower(n->s[0])) bputc(o, ' ');
    bput(o, n->s, n->n);
    break;
  case N_CONV: {
    /* the type of a conversion operator template refers to the template's
     * own arguments: operator T_<int> is operator int<int> */
    TCtx c;
    const TCtx *saved = d->tmpl;
    if (d->cur_template) {
      c.args = d->cur_template->b;
      c.next = d->tmpl;
      d->tmpl = &c;
    }
    bputs(o, "operator ");
    pr(d, n->a);
    d->tmpl = saved;
    break;
  }
  case N_VENDOROP:
    bputs(o, "operator ");
    pr(d, n->a);
    break;
  case N_LITOP:
    bputs(o, "operator\"\" ");
    pr(d, n->a);
    break;
  case N_FUNC: {
    /* the return and parameter types of a function template see its
     * template arguments; its name does not */
    Node *ft = n->b, *ret = n->f ? NULL : ft->a;
    Node *tn = n->a;
    if (tn->k == N_LOCAL) tn = tn->b;
    if (tn->k == N_NESTED && tn->a->k == N_DEFARG) tn = tn->b;
    const TCtx *outer = d->tmpl;
    TCtx c = {tn->b, outer};
    const TCtx *inner = tn->k == N_TEMPLATE ? &c : outer;
    d->tmpl = inner;
    if (ret) {
      pr_left(d, ret);
      if (!decl_paren(d, ret)) bputc(o, ' ');
    }
    d->tmpl = outer;
    pr(d, n->a);
    d->tmpl = inner;
    pr_fn_suffix(d, ft);
    if (ret) pr_right(d, ret);
    d->tmpl = outer;
    break;
  }
  case N_LOCAL:
    pr(d, n->a);
    bputs(o, "::");
    pr(d, n->b);
    break;
  case N_LAMBDA:
    bputs(o, "{lambda(");
    d->in_lambda++;
    pr_list(d, n->b);
    d->in_lambda--;
    bputs(o, ")#");
    bnum(o, (uint64_t)n->num);
    bputc(o, '}');
    break;
  case N_UNNAMED:
    bputs(o, "{unnamed type#");
    bnum(o, (uint64_t)n->num);
    bputc(o, '}');
    break;
  case N_ABITAG:
    pr(d, n->a);
    bputs(o, "[abi:");
    bput(o, n->s, n->n);
    bputc(o, ']');
    break;
  case N_CLONE:
    pr(d, n->a);
    bputs(o, " [clone ");
    bput(o, n->s, n->n);
    bputc(o, ']');
    break;
  case N_DECOMP:
    bputc(o, '[');
    pr_list(d, n);
    bputc(o, ']');
    break;
  case N_STRLIT: bputs(o, "string literal"); break;
  case N_DEFARG:
    bputs(o, "{default arg#");
    bnum(o, (uint64_t)n->num);
    bputc(o, '}');
    break;
  case N_SPECIAL:
    bput(o, n->s, n->n);
    pr(d, n->a);
    break;
  case N_CTORVT:
    bputs(o, "construction vtable for ");
    pr(d, n->b);
    bputs(o, "-in-");
    pr(d, n->a);
    break;
  case N_REFTEMP:
    bputs(o, "reference temporary #");
    bnum(o, (uint64_t)n->num);
    bputs(o, " for ");
    pr(d, n->a);
    break;
  case N_QUAL:
    /* a qualifier already applied by an enclosing one (const T_ with
     * T_ = int const) is printed once, as c++filt does */
    d->outer_cv = outer_cv | n->cv;
    pr_left(d, n->a);
    pr_cv(o, n->cv & ~outer_cv);
    break;
  case N_VQUAL:
    pr_left(d, n->a);
    bputc(o, ' ');
    pr(d, n->b);
    break;
  case N_PTR:
  case N_LREF:
  case N_RREF: {
    int k;
    const TCtx *c = d->tmpl;
    Node *in = ref_inner(d, n, &k, &c);
    pr_left_in(d, in, c);
    if (decl_kind(d, in, c) == N_FTYPE) {
      char l = blast(o);
      if (l != '(' && l != '*' && l != ' ') bputc(o, ' ');
      bputc(o, '(');
    } else if (decl_kind(d, in, c) == N_ARRAY) {
      bputs(o, " (");
    }
    bputs(o, k == N_PTR ? "*" : k == N_LREF ? "&" : "&&");
    break;
  }
  case N_CPLX:
  case N_IMAG:
    pr_left(d, n->a);
    bputs(o, n->k == N_CPLX ? " _Complex" : " _Imaginary");
    break;
  case N_FTYPE:
    if (n->a) {
      pr_left(d, n->a);
      if (!decl_paren(d, n->a)) bputc(o, ' ');
    }
    break;
  case N_ARRAY: pr_left(d, n->a); break;
  case N_VECTOR:
    pr(d, n->a);
    bputs(o, " __vector(");
    pr(d, n->b);
    bputc(o, ')');
    break;
  case N_PTRMEM: {
    const TCtx *c = d->tmpl;
    Node *m = resolve_in(d, n->b, &c);
    pr_left_in(d, m, c);
    if (decl_kind(d, m, c) == N_FTYPE) {
      if (blast(o) != ' ') bputc(o, ' ');
      bputc(o, '(');
    } else if (decl_kind(d, m, c) == N_ARRAY) {
      bputs(o, " (");
    } else if (blast(o) != '(') {
      bputc(o, ' ');
    }
    pr(d, n->a);
    bputs(o, "::*");
    break;
  }
  case N_TPARAM: {
    if (d->in_lambda) {
      bputs(o, "auto:");
      bnum(o, (uint64_t)n->num + 1);
      break;
    }
    const TCtx *c = d->tmpl, *saved = d->tmpl;
    Node *t = targ(n, &c);
    if (!t) {
      o->bad = true;
      break;
    }
    d->tmpl = c;
    if (t->k == N_PACK) {
      if (d->pack_idx < 0)
        pr_list(d, t);
      else if ((size_t)d->pack_idx < t->nv)
        pr_left(d, t->v[d->pack_idx]);
    } else {
      pr_left(d, t);
    }
    d->tmpl = saved;
    break;
  }
  case N_PACKEXP: {
    long cnt = find_pack(d, n->a, 0);
    if (cnt < 0) { /* no argument pack in scope: "(T)..." */
      pr_sub(d, n->a);
      bputs(o, "...");
      break;
    }
    long saved = d->pack_idx;
    for (long i = 0; i < cnt && !o->bad; i++) {
      if (i) bputs(o, ", ");
      d->pack_idx = i;
      pr(d, n->a);
    }
    d->pack_idx = saved;
    break;
  }
  case N_DECLTYPE:
    bputs(o, "decltype (");
    pr(d, n->a);
    bputc(o, ')');
    break;
  /* expressions */
  case N_LIT: pr_lit(d, n); break;
  case N_FPARAM:
    bputs(o, "{parm#");
    bnum(o, (uint64_t)n->num);
    bputc(o, '}');
    break;
  case N_UNARY: {
    Node *x = n->a;
    /* &A::f: the address of a (non-const) member function prints without
     * its signature, as c++filt does */
    if (n->s[0] == '&' && !n->s[1] && x->k == N_FUNC && x->a->k == N_NESTED && !x->b->cv && !x->b->ref)
      x = x->a;
    bput(o, n->s, n->n);
    pr_sub(d, x);
    break;
  }
  case N_POSTFIX:
    pr_sub(d, n->a);
    bput(o, n->s, n->n);
    break;
  case N_BINARY: {
    bool gt = n->n == 1 && n->s[0] == '>';
    if (gt) bputc(o, '(');
    pr_sub(d, n->a);
    if (!strcmp(n->s, ".") || !strcmp(n->s, "->")) {
      bput(o, n->s, n->n);
      pr(d, n->b);
    } else if (!strcmp(n->s, "[]")) {
      bputc(o, '[');
      pr(d, n->b);
      bputc(o, ']');
    } else {
      bput(o, n->s, n->n);
      pr_sub(d, n->b);
    }
    if (gt) bputc(o, ')');
    break;
  }
  case N_TERNARY:
    pr_sub(d, n->a);
    bputc(o, '?');
    pr_sub(d, n->b);
    bputs(o, " : ");
    pr_sub(d, n->c);
    break;
  case N_CALL: {
    Node *f = n->a;
    if (f->k == N_FUNC) f = f->a;
    pr_sub(d, f);
    bputc(o, '(');
    pr_list(d, n->b);
    bputc(o, ')');
    break;
  }
  case N_CAST:
    bputc(o, '(');
    pr(d, n->a);
    bputc(o, ')');
    if (n->f) {
      bputc(o, '(');
      pr_list(d, n->b);
      bputc(o, ')');
    } else {
      pr_sub(d, n->b);
    }
    break;
  case N_NCAST:
    bput(o, n->s, n->n);
    bputc(o, '<');
    pr(d, n->a);
    bputs(o, ">(");
    pr(d, n->b);
    bputc(o, ')');
    break;
  case N_SIZEOF_T:
  case N_PREFIX:
    bput(o, n->s, n->n);
    bputc(o, '(');
    pr(d, n->a);
    bputc(o, ')');
    break;
  case N_NEW:
    if (n->f & 1) bputs(o, "::");
    bputs(o, n->f & 2 ? "new[]" : "new");
    if (n->a->nv) {
      bputs(o, " (");
      pr_list(d, n->a);
      bputc(o, ')');
    }
    bputc(o, ' ');
    pr(d, n->b);
    if (n->c && n->c->k == N_LIST) {
      bputc(o, '(');
      pr_list(d, n->c);
      bputc(o, ')');
    } else if (n->c) {
      pr(d, n->c);
    }
    break;
  case N_DELETE:
    if (n->f & 1) bputs(o, "::");
    bputs(o, n->f & 2 ? "delete[] " : "delete ");
    pr_sub(d, n->a);
    break;
  case N_THROW:
    bputs(o, "throw");
    if (n->a) {
      bputc(o, ' ');
      pr_sub(d, n->a);
    }
    break;
  case N_INIT:
    if (n->a) pr(d, n->a);
    bputc(o, '{');
    pr_list(d, n->b);
    bputc(o, '}');
    break;
  case N_SIZEOF_PACK: {
    Node *t = n->a;
    const TCtx *c = d->tmpl;
    Node *pk = t->k == N_TPARAM ? targ(t, &c) : NULL;
    if (pk && pk->k == N_PACK)
      bnum(o, pk->nv);
    else if (t->k == N_PACK)
      bnum(o, t->nv);
    else {
      bputs(o, "sizeof...(");
      pr(d, t);
      bputc(o, ')');
    }
    break;
  }
  case N_FOLD:
    bputc(o, '(');
    if (n->f == 'l') {
      bputs(o, "... ");
      bput(o, n->s, n->n);
      bputc(o, ' ');
      pr_sub(d, n->a);
    } else {
      pr_sub(d, n->a);
      bputc(o, ' ');
      bput(o, n->s, n->n);
      bputs(o, " ...");
      if (n->b) {
        bputc(o, ' ');
        bput(o, n->s, n->n);
        bputc(o, ' ');
        pr_sub(d, n->b);
      }
    }
    bputc(o, ')');
    break;
  case N_DTORNAME:
    bputc(o, '~');
    pr(d, n->a);
    break;
  default: o->bad = true; break;
  }
  d->outer_cv = outer_cv;
  d->depth--;
}

static void pr_right(D *d, Node *n) {
  if (!enter(d, n)) return;
  Buf *o = &d->o;
  switch (n->k) {
  case N_QUAL:
  case N_VQUAL:
  case N_CPLX:
  case N_IMAG: pr_right(d, n->a); break;
  case N_PTR:
  case N_LREF:
  case N_RREF: {
    int k;
    const TCtx *c = d->tmpl;
    Node *in = ref_inner(d, n, &k, &c);
    if (is_decl_paren(d, in, c)) bputc(o, ')');
    pr_right_in(d, in, c);
    break;
  }
  case N_FTYPE:
    pr_fn_suffix(d, n);
    if (n->a) pr_right(d, n->a);
    break;
  case N_ARRAY: pr_array_right(d, n, false); break;
  case N_PTRMEM: {
    const TCtx *c = d->tmpl;
    Node *m = resolve_in(d, n->b, &c);
    if (is_decl_paren(d, m, c)) bputc(o, ')');
    pr_right_in(d, m, c);
    break;
  }
  case N_TPARAM: {
    if (d->in_lambda) break;
    const TCtx *c = d->tmpl;
    Node *t = targ(n, &c);
    if (t && t->k == N_PACK) {
      if (d->pack_idx >= 0 && (size_t)d->pack_idx < t->nv) pr_right_in(d, t->v[d->pack_idx], c);
    } else if (t) {
      pr_right_in(d, t, c);
    }
    break;
  }
  default: break;
  }
  d->depth--;
}

/* _Z<encoding>[<clone suffix>...] */
static char *cxx_demangle(const char *s, size_t len) {
  P p;
  memset(&p, 0, sizeof(p));
  p.p = s + 2;
  p.e = s + len;
  Node *n = pencoding(&p);
  while (n && !p.err && pk(&p) == '.' && (is_lower(pk2(&p, 1)) || pk2(&p, 1) == '_' || is_digit(pk2(&p, 1)))) {
    const char *st = p.p;
    p.p += 2;
    while (is_lower(pk(&p)) || is_digit(pk(&p)) || pk(&p) == '_') p.p++;
    while (pk(&p) == '.' && is_digit(pk2(&p, 1))) {
      p.p += 2;
      while (is_digit(pk(&p))) p.p++;
    }
    Node *c = mk1(&p, N_CLONE, n);
    if (c) {
      c->s = st;
      c->n = (size_t)(p.p - st);
    }
    n = c;
  }
  char *r = NULL;
  if (n && !p.err && p.p == p.e) {
    D *d = calloc(1, sizeof(D));
    if (d) {
      d->pack_idx = -1;
      pr(d, n);
      r = bfinish(&d->o, true);
      free(d->pool);
      free(d);
    }
  }
  afree(&p.ar);
  free(p.subs);
  return r;
}

/* _GLOBAL__I_<name>, _GLOBAL__sub_I_<name> (and D for destructors). */
static char *global_ctor(const char *s, size_t len) {
  const char *q = s + 9;
  if (!strncmp(q, "sub_", 4)) q += 4;
  if ((q[0] != 'I' && q[0] != 'D') || q[1] != '_' || !q[2]) return NULL;
  const char *rest = q + 2;
  char *inner = NULL;
  if (rest[0] == '_' && rest[1] == 'Z') inner = cxx_demangle(rest, len - (size_t)(rest - s));
  Buf b;
  memset(&b, 0, sizeof(b));
  bputs(&b, q[0] == 'I' ? "global constructors keyed to " : "global destructors keyed to ");
  bputs(&b, inner ? inner : rest);
  free(inner);
  return bfinish(&b, true);
}

/* ====================================================== Rust legacy === */

static bool rust_hash(const char *s, size_t n) {
  if (n != 17 || s[0] != 'h') return false;
  for (size_t i = 1; i < 17; i++)
    if (!is_xdigit_lower((unsigned char)s[i])) return false;
  return true;
}

static bool valid_scalar(uint32_t c) { return c <= 0x10ffff && (c < 0xd800 || c > 0xdfff); }

static void rust_legacy_comp(Buf *b, const char *s, size_t n) {
  size_t i = 0;
  if (n >= 2 && s[0] == '_' && s[1] == '$') i = 1;
  while (i < n) {
    char c = s[i];
    if (c == '.') {
      if (i + 1 < n && s[i + 1] == '.') {
        bputs(b, "::");
        i += 2;
      } else {
        bputc(b, '.');
        i++;
      }
      continue;
    }
    if (c != '$') {
      bputc(b, c);
      i++;
      continue;
    }
    const char *es = s + i + 1;
    const char *end = memchr(es, '$', n - i - 1);
    if (!end) break;
    size_t el = (size_t)(end - es);
    static const struct {
      const char *esc;
      char c;
    } tab[] = {{"SP", '@'}, {"BP", '*'}, {"RF", '&'}, {"LT", '<'}, {"GT", '>'},
               {"LP", '('}, {"RP", ')'}, {"C", ','}};
    bool done = false;
    for (size_t k = 0; k < sizeof(tab) / sizeof(tab[0]); k++)
      if (strlen(tab[k].esc) == el && !memcmp(tab[k].esc, es, el)) {
        bputc(b, tab[k].c);
        done = true;
      }
    if (!done && el >= 2 && el <= 7 && es[0] == 'u') {
      uint32_t v = 0;
      bool ok = true;
      for (size_t k = 1; k < el; k++) {
        int h = (unsigned char)es[k];
        if (!is_xdigit_lower(h)) ok = false;
        v = v * 16 + (uint32_t)(is_digit(h) ? h - '0' : h - 'a' + 10);
      }
      if (ok && valid_scalar(v) && v >= 0x20 && v != 0x7f) {
        butf8(b, v);
        done = true;
      }
    }
    if (!done) break;
    i = (size_t)(end - s) + 1;
  }
  if (i < n) bput(b, s + i, n - i); /* undecodable rest, verbatim */
}

/* _ZN <len><component>... 17h<16 hex> E [.suffix] */
static char *rust_legacy(const char *s, size_t len) {
  const char *p = s + 3, *e = s + len;
  const char *last = NULL;
  size_t lastn = 0;
  int ncomp = 0;
  while (p < e && *p != 'E') {
    if (!is_digit((unsigned char)*p) || *p == '0') return NULL;
    size_t n = 0;
    while (p < e && is_digit((unsigned char)*p)) {
      n = n * 10 + (size_t)(*p - '0');
      if (n > len) return NULL;
      p++;
    }
    if (n > (size_t)(e - p)) return NULL;
    for (size_t i = 0; i < n; i++) {
      int c = (unsigned char)p[i];
      if (!is_digit(c) && !is_lower(c) && !is_upper(c) && c != '_' && c != '$' && c != '.') return NULL;
    }
    last = p;
    lastn = n;
    ncomp++;
    p += n;
  }
  if (p >= e || ncomp < 2 || !rust_hash(last, lastn)) return NULL;
  p++;
  const char *suffix = p;
  if (p < e) {
    if (*p != '.') return NULL;
    if (!strncmp(p, ".llvm.", 6)) suffix = e;
    for (const char *q = suffix; q < e; q++)
      if (*q < 0x21 || *q > 0x7e) return NULL;
  }
  Buf b;
  memset(&b, 0, sizeof(b));
  p = s + 3;
  for (int i = 0; i < ncomp - 1; i++) {
    size_t n = 0;
    while (is_digit((unsigned char)*p)) n = n * 10 + (size_t)(*p++ - '0');
    if (i) bputs(&b, "::");
    rust_legacy_comp(&b, p, n);
    p += n;
  }
  bput(&b, suffix, (size_t)(e - suffix));
  return bfinish(&b, true);
}

/* ========================================================== Rust v0 === */

#define RV_DEPTH_MAX 200

typedef struct {
  const char *s; /* the symbol after "_R" */
  size_t n, pos;
  Buf *o;
  int quiet; /* > 0: parse without printing */
  int depth;
  long steps;
  uint64_t bound_lt;
  bool err;
} RV;

typedef struct {
  const char *ascii, *puny;
  size_t nascii, npuny;
} Ident;

static int rv_pk(const RV *r) { return r->pos < r->n ? (unsigned char)r->s[r->pos] : 0; }

static bool rv_eat(RV *r, int c) {
  if (!c || rv_pk(r) != c) return false;
  r->pos++;
  return true;
}

static int rv_next(RV *r) {
  if (r->pos >= r->n) {
    r->err = true;
    return 0;
  }
  return (unsigned char)r->s[r->pos++];
}

static void rv_put(RV *r, const char *s, size_t n) {
  if (!r->quiet) bput(r->o, s, n);
}

static void rv_puts(RV *r, const char *s) { rv_put(r, s, strlen(s)); }

static bool rv_enter(RV *r) {
  if (r->err || r->o->bad || ++r->depth > RV_DEPTH_MAX || ++r->steps > PRINT_STEPS_MAX) {
    r->err = true;
    return false;
  }
  return true;
}

/* <base-62-number>: "_" is 0, "<digits>_" is value+1. */
static uint64_t rv_b62(RV *r) {
  if (rv_eat(r, '_')) return 0;
  uint64_t x = 0;
  for (;;) {
    int c = rv_next(r), dg;
    if (is_digit(c))
      dg = c - '0';
    else if (is_lower(c))
      dg = c - 'a' + 10;
    else if (is_upper(c))
      dg = c - 'A' + 36;
    else if (c == '_' && x != UINT64_MAX)
      return x + 1;
    else {
      r->err = true;
      return 0;
    }
    if (x > (UINT64_MAX - (uint64_t)dg) / 62) {
      r->err = true;
      return 0;
    }
    x = x * 62 + (uint64_t)dg;
  }
}

static uint64_t rv_opt_b62(RV *r, int tag) {
  if (!rv_eat(r, tag)) return 0;
  uint64_t x = rv_b62(r);
  if (x == UINT64_MAX) r->err = true;
  return x + 1;
}

static bool rv_ident(RV *r, Ident *id) {
  bool u = rv_eat(r, 'u');
  int c = rv_pk(r);
  size_t len = 0;
  if (!is_digit(c)) {
    r->err = true;
    return false;
  }
  if (c == '0') {
    r->pos++;
  } else {
    while (is_digit(rv_pk(r))) {
      len = len * 10 + (size_t)(rv_next(r) - '0');
      if (len > r->n) {
        r->err = true;
        return false;
      }
    }
  }
  rv_eat(r, '_');
  if (len > r->n - r->pos) {
    r->err = true;
    return false;
  }
  const char *s = r->s + r->pos;
  r->pos += len;
  memset(id, 0, sizeof(*id));
  if (!u) {
    id->ascii = s;
    id->nascii = len;
    return true;
  }
  size_t i = len;
  while (i > 0 && s[i - 1] != '_') i--;
  if (i > 0) {
    id->ascii = s;
    id->nascii = i - 1;
  }
  id->puny = s + i;
  id->npuny = len - i;
  if (!id->npuny) {
    r->err = true;
    return false;
  }
  return true;
}

/* RFC 3492 decoding; false if malformed or longer than the buffer. */
static bool punycode(const Ident *id, uint32_t *out, size_t cap, size_t *outlen) {
  size_t len = 0;
  if (id->nascii > cap) return false;
  for (size_t i = 0; i < id->nascii; i++) out[len++] = (unsigned char)id->ascii[i];
  uint64_t n = 128, i = 0, bias = 72;
  size_t pos = 0;
  while (pos < id->npuny) {
    uint64_t oldi = i, w = 1;
    for (uint64_t k = 36;; k += 36) {
      if (pos >= id->npuny) return false;
      int c = (unsigned char)id->puny[pos++];
      uint64_t dg;
      if (is_lower(c))
        dg = (uint64_t)(c - 'a');
      else if (is_digit(c))
        dg = (uint64_t)(c - '0' + 26);
      else
        return false;
      if (dg > (UINT32_MAX - i) / w) return false;
      i += dg * w;
      uint64_t t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (dg < t) break;
      if (w > UINT32_MAX / (36 - t)) return false;
      w *= 36 - t;
    }
    if (len == cap) return false;
    uint64_t delta = i - oldi, np = len + 1;
    delta = oldi == 0 ? delta / 700 : delta / 2;
    delta += delta / np;
    uint64_t k = 0;
    while (delta > 455) {
      delta /= 35;
      k += 36;
    }
    bias = k + (36 * delta) / (delta + 38);
    n += i / np;
    i %= np;
    if (n > 0x10ffff || !valid_scalar((uint32_t)n)) return false;
    memmove(out + i + 1, out + i, (len - i) * sizeof(uint32_t));
    out[i] = (uint32_t)n;
    len++;
    i++;
  }
  *outlen = len;
  return true;
}

static void rv_print_ident(RV *r, const Ident *id) {
  if (r->quiet) return;
  if (!id->npuny) {
    rv_put(r, id->ascii, id->nascii);
    return;
  }
  uint32_t buf[256];
  size_t n;
  if (punycode(id, buf, 256, &n)) {
    for (size_t i = 0; i < n; i++) butf8(r->o, buf[i]);
    return;
  }
  rv_puts(r, "punycode{");
  if (id->nascii) {
    rv_put(r, id->ascii, id->nascii);
    rv_puts(r, "-");
  }
  rv_put(r, id->puny, id->npuny);
  rv_puts(r, "}");
}

static void rv_lifetime(RV *r, uint64_t lt) {
  if (r->quiet) return;
  rv_puts(r, "'");
  if (lt == 0) {
    rv_puts(r, "_");
    return;
  }
  if (lt > r->bound_lt) {
    r->err = true;
    return;
  }
  uint64_t depth = r->bound_lt - lt;
  if (depth < 26) {
    char c = (char)('a' + depth);
    rv_put(r, &c, 1);
  } else {
    rv_puts(r, "_");
    bnum(r->o, depth);
  }
}

/* Follows a back-reference ('B' already consumed).  Returns the position
 * to come back to, or 0 when nothing is to be followed (quiet or error). */
static size_t rv_backref(RV *r) {
  size_t start = r->pos - 1;
  uint64_t i = rv_b62(r);
  if (r->err || i >= start) {
    r->err = true;
    return 0;
  }
  if (r->quiet) return 0;
  size_t back = r->pos;
  r->pos = (size_t)i;
  return back;
}

static void rv_path(RV *r, bool in_value);
static void rv_type(RV *r);
static void rv_const(RV *r, bool in_value);

static void rv_generic_arg(RV *r) {
  if (rv_eat(r, 'L'))
    rv_lifetime(r, rv_b62(r));
  else if (rv_eat(r, 'K'))
    rv_const(r, false);
  else
    rv_type(r);
}

static size_t rv_list(RV *r, void (*f)(RV *), const char *sep) {
  size_t i = 0;
  while (!r->err && !rv_eat(r, 'E')) {
    if (!rv_pk(r) || r->o->bad) {
      r->err = true;
      break;
    }
    if (i) rv_puts(r, sep);
    f(r);
    i++;
  }
  return i;
}

static void rv_generic_args(RV *r) { rv_list(r, rv_generic_arg, ", "); }
static void rv_type_cb(RV *r) { rv_type(r); }
static void rv_const_cb(RV *r) { rv_const(r, true); }

static void rv_path(RV *r, bool in_value) {
  if (!rv_enter(r)) return;
  int tag = rv_next(r);
  Ident id;
  switch (tag) {
  case 'C':
    rv_opt_b62(r, 's');
    if (rv_ident(r, &id)) rv_print_ident(r, &id);
    break;
  case 'N': {
    int ns = rv_next(r);
    if (!is_lower(ns) && !is_upper(ns)) {
      r->err = true;
      break;
    }
    rv_path(r, in_value);
    uint64_t dis = rv_opt_b62(r, 's');
    if (!rv_ident(r, &id)) break;
    bool named = id.nascii || id.npuny;
    if (is_upper(ns)) {
      rv_puts(r, "::{");
      if (ns == 'C')
        rv_puts(r, "closure");
      else if (ns == 'S')
        rv_puts(r, "shim");
      else {
        char ch = (char)ns;
        rv_put(r, &ch, 1);
      }
      if (named) {
        rv_puts(r, ":");
        rv_print_ident(r, &id);
      }
      rv_puts(r, "#");
      if (!r->quiet) bnum(r->o, dis);
      rv_puts(r, "}");
    } else if (named) {
      rv_puts(r, "::");
      rv_print_ident(r, &id);
    }
    break;
  }
  case 'M':
  case 'X':
  case 'Y':
    if (tag != 'Y') {
      rv_opt_b62(r, 's');
      r->quiet++;
      rv_path(r, false);
      r->quiet--;
    }
    rv_puts(r, "<");
    rv_type(r);
    if (tag != 'M') {
      rv_puts(r, " as ");
      rv_path(r, false);
    }
    rv_puts(r, ">");
    break;
  case 'I':
    rv_path(r, in_value);
    if (in_value) rv_puts(r, "::");
    rv_puts(r, "<");
    rv_generic_args(r);
    rv_puts(r, ">");
    break;
  case 'B': {
    size_t back = rv_backref(r);
    if (back) {
      rv_path(r, in_value);
      r->pos = back;
    }
    break;
  }
  default: r->err = true; break;
  }
  r->depth--;
}

static uint64_t rv_binder_open(RV *r) {
  uint64_t n = rv_opt_b62(r, 'G');
  if (r->quiet || r->err) return 0;
  if (n > 0) {
    if (n > 1000 || r->bound_lt + n < r->bound_lt) {
      r->err = true;
      return 0;
    }
    rv_puts(r, "for<");
    for (uint64_t i = 0; i < n; i++) {
      if (i) rv_puts(r, ", ");
      r->bound_lt++;
      rv_lifetime(r, 1);
    }
    rv_puts(r, "> ");
  }
  return n;
}

/* A dyn trait path; returns whether its generic argument list is left open
 * for associated type bindings. */
static bool rv_path_open(RV *r) {
  if (!rv_enter(r)) return false;
  bool open = false;
  if (rv_eat(r, 'B')) {
    size_t back = rv_backref(r);
    if (back) {
      open = rv_path_open(r);
      r->pos = back;
    }
  } else if (rv_eat(r, 'I')) {
    rv_path(r, false);
    rv_puts(r, "<");
    rv_generic_args(r);
    open = true;
  } else {
    rv_path(r, false);
  }
  r->depth--;
  return open;
}

static void rv_dyn_trait(RV *r) {
  bool open = rv_path_open(r);
  while (!r->err && rv_eat(r, 'p')) {
    rv_puts(r, open ? ", " : "<");
    open = true;
    Ident id;
    if (!rv_ident(r, &id)) return;
    rv_print_ident(r, &id);
    rv_puts(r, " = ");
    rv_type(r);
  }
  if (open) rv_puts(r, ">");
}

static const char *rv_basic(int c) {
  switch (c) {
  case 'a': return "i8";
  case 'b': return "bool";
  case 'c': return "char";
  case 'd': return "f64";
  case 'e': return "str";
  case 'f': return "f32";
  case 'h': return "u8";
  case 'i': return "isize";
  case 'j': return "usize";
  case 'l': return "i32";
  case 'm': return "u32";
  case 'n': return "i128";
  case 'o': return "u128";
  case 's': return "i16";
  case 't': return "u16";
  case 'u': return "()";
  case 'v': return "...";
  case 'x': return "i64";
  case 'y': return "u64";
  case 'z': return "!";
  case 'p': return "_";
  default: return NULL;
  }
}

static void rv_type(RV *r) {
  if (!rv_enter(r)) return;
  int tag = rv_next(r);
  const char *basic = rv_basic(tag);
  if (basic) {
    rv_puts(r, basic);
    r->depth--;
    return;
  }
  switch (tag) {
  case 'R':
  case 'Q':
    rv_puts(r, "&");
    if (rv_eat(r, 'L')) {
      uint64_t lt = rv_b62(r);
      if (lt) {
        rv_lifetime(r, lt);
        rv_puts(r, " ");
      }
    }
    if (tag == 'Q') rv_puts(r, "mut ");
    rv_type(r);
    break;
  case 'P':
  case 'O':
    rv_puts(r, tag == 'P' ? "*const " : "*mut ");
    rv_type(r);
    break;
  case 'A':
  case 'S':
    rv_puts(r, "[");
    rv_type(r);
    if (tag == 'A') {
      rv_puts(r, "; ");
      rv_const(r, true);
    }
    rv_puts(r, "]");
    break;
  case 'T': {
    rv_puts(r, "(");
    size_t n = rv_list(r, rv_type_cb, ", ");
    if (n == 1) rv_puts(r, ",");
    rv_puts(r, ")");
    break;
  }
  case 'F': {
    uint64_t nb = rv_binder_open(r);
    bool is_unsafe = rv_eat(r, 'U');
    Ident abi = {0};
    bool has_abi = false, abi_c = false;
    if (rv_eat(r, 'K')) {
      has_abi = true;
      if (rv_eat(r, 'C'))
        abi_c = true;
      else if (!rv_ident(r, &abi) || !abi.nascii || abi.npuny)
        r->err = true;
    }
    if (is_unsafe) rv_puts(r, "unsafe ");
    if (has_abi) {
      rv_puts(r, "extern \"");
      if (abi_c)
        rv_puts(r, "C");
      else
        for (size_t i = 0; i < abi.nascii; i++) rv_put(r, abi.ascii[i] == '_' ? "-" : &abi.ascii[i], 1);
      rv_puts(r, "\" ");
    }
    rv_puts(r, "fn(");
    rv_list(r, rv_type_cb, ", ");
    rv_puts(r, ")");
    if (!rv_eat(r, 'u')) {
      rv_puts(r, " -> ");
      rv_type(r);
    }
    r->bound_lt -= nb;
    break;
  }
  case 'D': {
    rv_puts(r, "dyn ");
    uint64_t nb = rv_binder_open(r);
    rv_list(r, rv_dyn_trait, " + ");
    r->bound_lt -= nb;
    if (!rv_eat(r, 'L')) {
      r->err = true;
      break;
    }
    uint64_t lt = rv_b62(r);
    if (lt) {
      rv_puts(r, " + ");
      rv_lifetime(r, lt);
    }
    break;
  }
  case 'B': {
    size_t back = rv_backref(r);
    if (back) {
      rv_type(r);
      r->pos = back;
    }
    break;
  }
  default:
    r->pos--;
    rv_path(r, false);
    break;
  }
  r->depth--;
}

/* {hex-digit} "_"; value in *v if it fits 64 bits. */
static bool rv_hex(RV *r, const char **s, size_t *n, uint64_t *v, bool *fits) {
  *s = r->s + r->pos;
  while (is_xdigit_lower(rv_pk(r))) r->pos++;
  *n = (size_t)(r->s + r->pos - *s);
  if (!rv_eat(r, '_')) {
    r->err = true;
    return false;
  }
  const char *q = *s;
  size_t m = *n;
  while (m && *q == '0') {
    q++;
    m--;
  }
  *fits = m <= 16;
  *v = 0;
  for (size_t i = 0; i < m && *fits; i++) *v = *v * 16 + (uint64_t)(is_digit(q[i]) ? q[i] - '0' : q[i] - 'a' + 10);
  return true;
}

static void rv_escaped_char(RV *r, uint32_t c, char quote) {
  char t[16];
  switch (c) {
  case '\t': rv_puts(r, "\\t"); return;
  case '\r': rv_puts(r, "\\r"); return;
  case '\n': rv_puts(r, "\\n"); return;
  case '\\': rv_puts(r, "\\\\"); return;
  case 0: rv_puts(r, "\\0"); return;
  default: break;
  }
  if (c == (uint32_t)quote) {
    t[0] = '\\';
    t[1] = quote;
    rv_put(r, t, 2);
  } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
    int n = snprintf(t, sizeof(t), "\\u{%x}", (unsigned)c);
    rv_put(r, t, (size_t)n);
  } else if (!r->quiet) {
    butf8(r->o, c);
  }
}

/* Decodes one UTF-8 sequence from bytes; returns its length or 0. */
static size_t utf8_decode(const uint8_t *b, size_t n, uint32_t *c) {
  if (!n) return 0;
  if (b[0] < 0x80) {
    *c = b[0];
    return 1;
  }
  size_t len = b[0] >= 0xf0 ? 4 : b[0] >= 0xe0 ? 3 : b[0] >= 0xc0 ? 2 : 0;
  if (!len || len > n || b[0] > 0xf4) return 0;
  uint32_t v = b[0] & (0x7f >> len);
  for (size_t i = 1; i < len; i++) {
    if ((b[i] & 0xc0) != 0x80) return 0;
    v = v << 6 | (b[i] & 0x3f);
  }
  static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < min[len] || !valid_scalar(v)) return 0;
  *c = v;
  return len;
}

static void rv_str_literal(RV *r) {
  const char *s;
  size_t n;
  uint64_t v;
  bool fits;
  if (!rv_hex(r, &s, &n, &v, &fits) || n % 2) {
    r->err = true;
    return;
  }
  uint8_t bytes[512];
  if (n / 2 > sizeof(bytes)) {
    r->err = true;
    return;
  }
  for (size_t i = 0; i < n / 2; i++) {
    int hi = s[2 * i], lo = s[2 * i + 1];
    bytes[i] = (uint8_t)((is_digit(hi) ? hi - '0' : hi - 'a' + 10) << 4 | (is_digit(lo) ? lo - '0' : lo - 'a' + 10));
  }
  rv_puts(r, "\"");
  for (size_t i = 0; i < n / 2;) {
    uint32_t c;
    size_t l = utf8_decode(bytes + i, n / 2 - i, &c);
    if (!l) {
      r->err = true;
      return;
    }
    rv_escaped_char(r, c, '"');
    i += l;
  }
  rv_puts(r, "\"");
}

static void rv_const_uint(RV *r) {
  const char *s;
  size_t n;
  uint64_t v;
  bool fits;
  if (!rv_hex(r, &s, &n, &v, &fits)) return;
  if (fits) {
    if (!r->quiet) bnum(r->o, v);
  } else {
    rv_puts(r, "0x");
    rv_put(r, s, n);
  }
}

static void rv_field(RV *r) {
  Ident id;
  rv_opt_b62(r, 's');
  if (!rv_ident(r, &id)) return;
  rv_print_ident(r, &id);
  rv_puts(r, ": ");
  rv_const(r, true);
}

static void rv_const(RV *r, bool in_value) {
  if (!rv_enter(r)) return;
  int tag = rv_next(r);
  bool brace = false;
#define OPEN_BRACE()                                                                                   \
  do {                                                                                                 \
    if (!in_value) {                                                                                   \
      brace = true;                                                                                    \
      rv_puts(r, "{");                                                                                 \
    }                                                                                                  \
  } while (0)
  switch (tag) {
  case 'p': rv_puts(r, "_"); break;
  case 'h':
  case 't':
  case 'm':
  case 'y':
  case 'o':
  case 'j': rv_const_uint(r); break;
  case 'a':
  case 's':
  case 'l':
  case 'x':
  case 'n':
  case 'i':
    if (rv_eat(r, 'n')) rv_puts(r, "-");
    rv_const_uint(r);
    break;
  case 'b':
  case 'c': {
    const char *s;
    size_t n;
    uint64_t v;
    bool fits;
    if (!rv_hex(r, &s, &n, &v, &fits)) break;
    if (tag == 'b') {
      if (!fits || v > 1)
        r->err = true;
      else
        rv_puts(r, v ? "true" : "false");
    } else {
      if (!fits || v > 0x10ffff || !valid_scalar((uint32_t)v)) {
        r->err = true;
        break;
      }
      rv_puts(r, "'");
      rv_escaped_char(r, (uint32_t)v, '\'');
      rv_puts(r, "'");
    }
    break;
  }
  case 'e':
    OPEN_BRACE();
    rv_puts(r, "*");
    rv_str_literal(r);
    break;
  case 'R':
  case 'Q':
    if (tag == 'R' && rv_eat(r, 'e')) {
      rv_str_literal(r);
      break;
    }
    OPEN_BRACE();
    rv_puts(r, tag == 'R' ? "&" : "&mut ");
    rv_const(r, true);
    break;
  case 'A':
    OPEN_BRACE();
    rv_puts(r, "[");
    rv_list(r, rv_const_cb, ", ");
    rv_puts(r, "]");
    break;
  case 'T': {
    OPEN_BRACE();
    rv_puts(r, "(");
    size_t n = rv_list(r, rv_const_cb, ", ");
    if (n == 1) rv_puts(r, ",");
    rv_puts(r, ")");
    break;
  }
  case 'V':
    OPEN_BRACE();
    rv_path(r, true);
    switch (rv_next(r)) {
    case 'U': break;
    case 'T':
      rv_puts(r, "(");
      rv_list(r, rv_const_cb, ", ");
      rv_puts(r, ")");
      break;
    case 'S':
      rv_puts(r, " { ");
      rv_list(r, rv_field, ", ");
      rv_puts(r, " }");
      break;
    default: r->err = true; break;
    }
    break;
  case 'B': {
    size_t back = rv_backref(r);
    if (back) {
      rv_const(r, in_value);
      r->pos = back;
    }
    break;
  }
  default: r->err = true; break;
  }
#undef OPEN_BRACE
  if (brace) rv_puts(r, "}");
  r->depth--;
}

/* _R [<path>] [<instantiating-crate>] [.suffix] */
static char *rust_v0(const char *s, size_t len) {
  const char *b = s + 2;
  size_t n = len - 2;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)b[i] >= 0x80) return NULL;
  if (!n || is_digit((unsigned char)b[0])) return NULL;
  Buf o;
  memset(&o, 0, sizeof(o));
  RV r;
  memset(&r, 0, sizeof(r));
  r.s = b;
  r.n = n;
  r.o = &o;
  rv_path(&r, true);
  if (!r.err && is_upper(rv_pk(&r))) {
    r.quiet++;
    rv_path(&r, false);
    r.quiet--;
  }
  if (!r.err && r.pos < n) {
    const char *suf = b + r.pos;
    if (*suf != '.') r.err = true;
    for (const char *q = suf; q < b + n; q++)
      if (*q < 0x21 || *q > 0x7e) r.err = true;
    if (!r.err && strncmp(suf, ".llvm.", 6)) bput(&o, suf, (size_t)(b + n - suf));
  }
  return bfinish(&o, !r.err);
}

/* ============================================================== API === */

char *demangle(const char *name) {
  if (!name) return NULL;
  size_t len = strnlen(name, IN_MAX + 1);
  if (len > IN_MAX || len < 3) return NULL;
  if (name[0] == '_' && name[1] == 'Z') {
    if (name[2] == 'N') {
      char *r = rust_legacy(name, len);
      if (r) return r;
    }
    return cxx_demangle(name, len);
  }
  if (name[0] == '_' && name[1] == 'R') return rust_v0(name, len);
  if (len > 11 && !memcmp(name, "_GLOBAL_", 8) && (name[8] == '.' || name[8] == '_' || name[8] == '$'))
    return global_ctor(name, len);
  return NULL;
}
