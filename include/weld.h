/*
 * weld.h - the linker's own types and the entry points of each pass.
 *
 * Everything the link knows hangs off one Ctx.  Inputs are mmap'd read-only
 * and validated by the input layer (input.c, object.c); every later pass may
 * assume that section indices, symbol indices, string offsets and relocation
 * offsets it reads from an InputFile are in range.
 *
 * The header is organised in blocks, one per source file.
 */
#ifndef WELD_H
#define WELD_H

#include <elf.h>
#include <stdarg.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WELD_VERSION "0.1.0"

typedef struct Ctx Ctx;
typedef struct InputFile InputFile;
typedef struct Archive Archive;
typedef struct InputSection InputSection;
typedef struct OutputSection OutputSection;
typedef struct Symbol Symbol;
typedef struct MergedSection MergedSection;
typedef struct ComdatGroup ComdatGroup;
typedef struct DynRelSec DynRelSec;
typedef struct Synthetic Synthetic;

/* ELF tables are used in place in the mapped files; archive members are
 * only 2-byte aligned, so they are read through these 1-aligned types. */
typedef Elf64_Shdr ElfShdr __attribute__((aligned(1)));
typedef Elf64_Sym ElfSym __attribute__((aligned(1)));
typedef Elf64_Rela ElfRela __attribute__((aligned(1)));
typedef uint32_t U32 __attribute__((aligned(1)));
typedef uint16_t U16 __attribute__((aligned(1)));
/* A .got slot: what it is for (GE_*, chosen by the scan) and how it is
 * filled (GOT_*, decided once by synth.c: got_kind).  The TLS models use
 * pairs of slots: module and offset (GD, LD), descriptor and argument. */
enum { GE_ADDR, GE_TP, GE_GD_MOD, GE_GD_OFF, GE_LD_MOD, GE_LD_OFF, GE_DESC, GE_DESC_ARG };
enum {
  GOT_VALUE,     /* the symbol's address, known at link time */
  GOT_RELATIVE,  /* its address plus the load base: R_X86_64_RELATIVE */
  GOT_TP_VALUE,  /* its TP offset, known at link time (an executable) */
  GOT_DTP_VALUE, /* its offset in the module's TLS block */
  GOT_ZERO,      /* the second word of an LD pair or of a descriptor */
  GOT_DYN_SYM,   /* a dynamic relocation naming the symbol (GLOB_DAT, TPOFF64, DTPMOD64, DTPOFF64, TLSDESC) */
  GOT_DYN_LOCAL, /* a dynamic relocation against the output itself (symbol 0, the offset as addend) */
};
typedef struct GotEntry {
  Symbol *sym;    /* NULL for the LD pair (the output's own TLS block) */
  uint8_t what;   /* GE_* */
  uint8_t kind;   /* GOT_* */
} GotEntry;

/* ---------------------------------------------------------------- util.c */

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#define NORETURN __attribute__((noreturn))
#else
#define PRINTF_LIKE(f, a)
#define NORETURN
#endif

/* Our own broken invariant: never caused by input. */
#define BUG(...) weld_bug(__FILE__, __LINE__, __VA_ARGS__)
NORETURN void weld_bug(const char *file, int line, const char *fmt, ...) PRINTF_LIKE(3, 4);

static inline uint64_t align_to(uint64_t v, uint64_t a) {
  return a <= 1 ? v : (v + a - 1) & ~(a - 1);
}
static inline bool is_pow2(uint64_t v) { return v && !(v & (v - 1)); }

/* Overflow-checked arithmetic: true on overflow. */
static inline bool add_overflow(uint64_t a, uint64_t b, uint64_t *r) {
  return __builtin_add_overflow(a, b, r);
}
static inline bool mul_overflow(uint64_t a, uint64_t b, uint64_t *r) {
  return __builtin_mul_overflow(a, b, r);
}
/* [off, off+len) lies within a buffer of `size` bytes. */
static inline bool range_ok(uint64_t off, uint64_t len, uint64_t size) {
  return off <= size && len <= size - off;
}

/* Unaligned-safe little-endian loads and stores. */
static inline uint16_t rd16(const void *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline uint32_t rd32(const void *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t rd64(const void *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline void wr16(void *p, uint16_t v) { memcpy(p, &v, 2); }
static inline void wr32(void *p, uint32_t v) { memcpy(p, &v, 4); }
static inline void wr64(void *p, uint64_t v) { memcpy(p, &v, 8); }

/* Arena: bump allocation, nothing freed one by one. */
typedef struct ArenaBlock ArenaBlock;
typedef struct {
  ArenaBlock *head;
  char *cur, *end;
} Arena;

void *arena_alloc(Arena *a, size_t size);     /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) PRINTF_LIKE(2, 3);
void arena_free_all(Arena *a);
/* Zeroed memory in 2 MiB pages where possible (see util.c); NULL when out of memory. */
void *huge_alloc(size_t size);
void huge_free(void *p, size_t size);
/* Zeroed hash-table memory: calloc when small, huge_alloc from 1 MiB. */
void *table_alloc(size_t size);
void table_free(void *p, size_t size);
/* The calling thread's arena (one per worker, so no locking). */
Arena *ctx_arena(Ctx *ctx);
#define NEW(ctx, T) ((T *)arena_alloc(ctx_arena(ctx), sizeof(T)))
#define NEW_ARRAY(ctx, T, n) ((T *)arena_alloc(ctx_arena(ctx), sizeof(T) * (size_t)(n)))

/* A map from a 64-bit key to a pointer (open addressing, malloc'd). */
typedef struct {
  uint64_t *keys; /* key + 1; 0 = empty */
  void **vals;
  size_t cap, len;
} OffMap;
/* The value slot of `key`, or NULL if absent. */
void **offmap_find(OffMap *m, uint64_t key);
/* Inserts or overwrites. */
void offmap_put(OffMap *m, uint64_t key, void *val);

/* Growable array of pointers, arena-free (uses realloc; owned by one pass). */
typedef struct {
  void **data;
  size_t len, cap;
} Vec;
void vec_push(Vec *v, void *p);
void vec_free(Vec *v);

/* Diagnostics.  error() records and keeps going; the driver stops at the
 * next checkpoint.  fatal() stops now.  Messages from parallel code are
 * buffered with a sort key and printed in key order at the checkpoint. */
void error(Ctx *ctx, const char *fmt, ...) PRINTF_LIKE(2, 3);
void error_keyed(Ctx *ctx, uint64_t key, const char *fmt, ...) PRINTF_LIKE(3, 4);
void warn(Ctx *ctx, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* a warning from parallel code: printed in key order, as error_keyed's */
void warn_keyed(Ctx *ctx, uint64_t key, const char *fmt, ...) PRINTF_LIKE(3, 4);
void note(Ctx *ctx, const char *fmt, ...) PRINTF_LIKE(2, 3);
NORETURN void fatal(Ctx *ctx, const char *fmt, ...) PRINTF_LIKE(2, 3);
void checkpoint(Ctx *ctx); /* flushes messages; exits 1 if any error */
void flush_diagnostics(Ctx *ctx);
NORETURN void weld_exit(Ctx *ctx, int status);

uint64_t hash_bytes(const void *p, size_t n);
/* A fast 128-bit hash of a block (not cryptographic): build-id chunk digests. */
void hash128(const void *p, size_t n, uint8_t out[16]);
static inline uint64_t hash_str(const char *s) { return hash_bytes(s, strlen(s)); }

/* A read-only mapping of a whole file. */
typedef struct MappedFile {
  const char *path;
  const uint8_t *data;
  size_t size;
} MappedFile;
MappedFile *map_file(Ctx *ctx, const char *path); /* NULL if it can't be opened */

/* Thread pool: par_for calls fn(arg, i) for i in [0, n) in chunks of
 * `grain` iterations.  The grain never depends on the thread count. */
typedef void (*ParFn)(Ctx *ctx, void *arg, size_t i);
void par_for(Ctx *ctx, size_t n, size_t grain, ParFn fn, void *arg);
/* par_for in the background: par_start returns at once, par_finish helps
 * with the rest and waits (util.c). */
void par_start(Ctx *ctx, size_t n, size_t grain, ParFn fn, void *arg);
void par_finish(Ctx *ctx);
void threads_start(Ctx *ctx, int n);
void threads_stop(Ctx *ctx);
int worker_id(void);

typedef struct {
  const char *name;
  double secs, cpu;
  double rss_mb;      /* resident set at the end of the pass */
} Timing;
double now_sec(void);
void timer_pass(Ctx *ctx, const char *name); /* ends the previous pass */

/* ---------------------------------------------------------------- sha.c */

typedef struct {
  uint32_t h[5];
  uint64_t len;
  uint8_t buf[64];
  size_t nbuf;
} Sha1;
void sha1_init(Sha1 *s);
void sha1_update(Sha1 *s, const void *p, size_t n);
void sha1_final(Sha1 *s, uint8_t out[20]);

typedef struct {
  uint32_t h[4];
  uint64_t len;
  uint8_t buf[64];
  size_t nbuf;
} Md5;
void md5_init(Md5 *s);
void md5_update(Md5 *s, const void *p, size_t n);
void md5_final(Md5 *s, uint8_t out[16]);

typedef struct {
  uint32_t h[8];
  uint64_t len;
  uint8_t buf[64];
  size_t nbuf;
} Sha256;
void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *p, size_t n);
void sha256_final(Sha256 *s, uint8_t out[32]);

/* ------------------------------------------------------------- options.c */

/* One item of the input list, in command-line order. */
typedef enum {
  IN_FILE,        /* a path */
  IN_LIB,         /* -lNAME or -l:NAME */
  IN_GROUP_START,
  IN_GROUP_END,
  IN_WHOLE_ON,
  IN_WHOLE_OFF,
  IN_STATIC,      /* -Bstatic / -static */
  IN_DYNAMIC,     /* -Bdynamic */
  IN_AS_NEEDED,   /* --as-needed */
  IN_NO_AS_NEEDED,
  IN_PUSH_STATE,  /* --push-state: saves as-needed, -Bstatic, --whole-archive */
  IN_POP_STATE,
  IN_LIB_START,   /* --start-lib: the objects up to --end-lib are archive members */
  IN_LIB_END,
} InputKind;

typedef struct {
  InputKind kind;
  const char *arg;
  struct MappedFile *mf;      /* IN_FILE: mapped before loading (input.c) */
  struct InputFile *pre;      /* IN_FILE: parsed ahead, in parallel */
  /* IN_LIB: what -l found, looked up once by input_bytes() (with lib_dirs
   * -L directories; a SEARCH_DIR read since makes load_lib look again) */
  const char *lib_path;
  size_t lib_dirs;
  bool lib_static;            /* ... with -Bstatic in effect */
} InputItem;

typedef struct {
  const char *name;
  const char *expr;
  struct Symbol *target;  /* SYMBOL[+-N] expressions: the symbol (resolve.c) */
} Defsym;

/* BUILD_ID_DEFAULT is --build-id without a style: 20 bytes like sha1, with
 * fast chunk hashes under the SHA-1 root (output.c) */
typedef enum {
  BUILD_ID_NONE, BUILD_ID_DEFAULT, BUILD_ID_SHA1, BUILD_ID_MD5, BUILD_ID_FAST, BUILD_ID_UUID, BUILD_ID_HEX,
  BUILD_ID_SHA256, /* weld's own (GNU ld 2.40 ignores the style): 32 bytes, SHA-256 chunks and root */
} BuildIdKind;

/* Which local symbols of the inputs go to .symtab, as GNU ld decides:
 * by default the local labels (bfd's names: .L*, ..*, _.L_*, L<digit>^A...)
 * in SHF_MERGE sections are dropped; --discard-none keeps them, -X
 * (--discard-locals) drops local labels everywhere, -x (--discard-all)
 * drops every local symbol. */
typedef enum { DISCARD_SEC_MERGE, DISCARD_NONE, DISCARD_LOCALS, DISCARD_ALL } DiscardMode;

/* A set of names (--retain-symbols-file), read-only once built: open
 * addressing on hash_str. */
typedef struct {
  const char **names; /* NULL: an empty slot */
  uint64_t *hashes;
  size_t cap;         /* a power of two */
} NameSet;
bool nameset_has(const NameSet *s, const char *name);

/* The kind of file the link writes, fixed once by the command line
 * (options.c: decide_output_kind).  No other code re-derives it. */
typedef enum {
  OUT_EXEC,        /* position-dependent executable (ET_EXEC) */
  OUT_PIE,         /* position-independent executable (ET_DYN, DF_1_PIE) */
  OUT_SHARED,      /* shared object (ET_DYN) */
  OUT_RELOCATABLE, /* -r (ET_REL) */
} OutputKind;

typedef enum { HASH_GNU = 1, HASH_SYSV = 2, HASH_BOTH = 3 } HashStyle;
/* -Bsymbolic: a shared object's own definitions bind locally (all, or functions only) */
typedef enum { BSYM_NONE, BSYM_FUNCTIONS, BSYM_ALL } Bsymbolic;

typedef struct {
  const char *output;
  const char *entry;
  Vec inputs;          /* InputItem* */
  Vec lib_paths;       /* const char* */
  Vec undefined;       /* -u names */
  Vec defsyms;         /* Defsym* */
  Vec wraps;           /* names */
  Vec trace_syms;      /* -y names */
  Vec unknown_z;       /* -z keywords weld does not know (warned) */
  const char *sysroot;
  const char *map_file;
  const char *why_extract;     /* --why-extract=FILE */
  const char *dependency_file; /* --dependency-file=FILE */
  const char *report_file;     /* --report=FILE.json|FILE.html */
  const char *print_deps;      /* --print-deps BINARY */
  const char *reproduce;       /* --reproduce=FILE.tar (reproduce.c) */
  Vec args;                    /* the command line, response files expanded */
  size_t nrsp_mapped;          /* ctx->mapped[0, n) are those response files */
  bool embed_deps;
  int color;                   /* --color-diagnostics: 0 never, 1 always, 2 auto */
  /* the output kind (decide_output_kind) */
  OutputKind kind;
  bool static_link;    /* -static: no shared objects, no dynamic linker */
  bool dynamic;        /* the output has .dynamic (a dynamic link, or a static PIE) */
  bool pic;            /* ET_DYN: addresses are relative to a load base */
  bool static_pie;     /* a PIE without a dynamic linker: relocates itself (rcrt1.o) */
  bool pie_flag;       /* -pie / -no-pie as given (last wins) */
  bool shared_flag;    /* -shared */
  bool saw_static;     /* -static / -Bstatic / -dn seen */
  const char *dynamic_linker;  /* -dynamic-linker, or the default for a dynamic executable */
  Vec rpaths;          /* -rpath DIRs, in order */
  Vec rpath_links;     /* -rpath-link DIRs */
  bool new_dtags;      /* DT_RUNPATH (default) rather than DT_RPATH */
  bool export_dynamic; /* -E */
  const char *soname;  /* -soname / -h */
  Bsymbolic bsymbolic;
  const char *init, *fini; /* -init / -fini: DT_INIT and DT_FINI (default _init, _fini) */
  Vec exclude_libs;    /* --exclude-libs archive names (ALL: every archive) */
  bool z_nodelete, z_initfirst, z_text;
  /* .note.gnu.property (synth.c: create_property_note) */
  uint32_t z_x86_feature;      /* -z ibt, -z shstk: GNU_PROPERTY_X86_FEATURE_1_AND bits forced on */
  uint8_t z_isa_level;         /* -z x86-64-baseline..v4: 1..4 (the last wins), 0 none */
  uint8_t cet_report;          /* -z cet-report=: 0 none, 1 warning, 2 error */
  /* --shuffle-sections, --reverse-sections (layout.c) */
  bool shuffle_sections, reverse_sections;
  uint64_t shuffle_seed;       /* --shuffle-sections=SEED; 0 is a fixed default */
  Vec dynamic_list;    /* --export-dynamic-symbol globs */
  struct VersionScript *dynamic_list_file; /* the --dynamic-list files, or NULL */
  struct VersionScript *version_script; /* the --version-script files (verscript.c), or NULL */
  Vec max_versions;    /* --max-symbol-version=SONAME:VERSION strings */
  bool z_now, z_relro;
  bool pack_relative;  /* -z pack-relative-relocs: RELATIVE relocations as DT_RELR */
  bool no_undefined;   /* --no-undefined / -z defs / --unresolved-symbols=report-all: undefined symbols of
                        * objects are errors in a shared library too */
  bool ignore_undefined; /* --unresolved-symbols=ignore-all|ignore-in-object-files, -z undefs: not reported */
  bool warn_unresolved;  /* --warn-unresolved-symbols: reported as warnings */
  Vec ignore_unresolved; /* --ignore-unresolved-symbol names */
  bool muldefs;        /* --allow-multiple-definition / -z muldefs: the first definition wins */
  bool allow_shlib_undefined;
  HashStyle hash_style;
  bool gc_sections, print_gc_sections;
  bool strip_all, strip_debug; /* -s, -S: the last of -s, -S and --retain-symbols-file wins, as in GNU ld */
  NameSet *retain_syms; /* --retain-symbols-file: only these names in .symtab, or NULL */
  DiscardMode discard;  /* -x, -X, --discard-none */
  bool eh_frame_hdr;
  bool trace;
  bool fatal_warnings;
  bool warn_common;
  bool time_report;
  bool no_demangle;
  bool verbose;
  BuildIdKind build_id;
  uint8_t build_id_hex[64];
  size_t build_id_hex_len;
  int threads;         /* 0 = number of CPUs */
  int error_limit;
  /* layout (layout.c; GNU ld's -T... options, -z page sizes, -n/-N) */
  uint64_t image_base;     /* where the ELF header is mapped: text_segment rounded down to max_page */
  uint64_t text_segment;   /* -Ttext-segment / --image-base as given: __executable_start */
  const char *base_option; /* the option that set it, for the warning, or NULL */
  bool fixed_pie;          /* a PIE given a base by -Ttext-segment: written as ET_EXEC (GNU ld) */
  Vec section_starts;      /* SectionStart*: --section-start, -Ttext, -Tdata, -Tbss (the last one of a name wins) */
  uint64_t rodata_segment, ldata_segment; /* -Trodata-segment, -Tldata-segment (valid if *_set) */
  bool rodata_segment_set, ldata_segment_set;
  uint64_t max_page;       /* -z max-page-size as the layout uses it (also raised by -z common-page-size) */
  uint64_t common_page;    /* -z common-page-size */
  uint64_t load_align;     /* the PT_LOAD alignment: -z max-page-size, or the default 0x1000 */
  bool max_page_set, common_page_set;
  bool separate_code;      /* -z separate-code (the default): code in a PT_LOAD of its own */
  bool not_paged;          /* -n / -N: the headers are not loaded, the segments not page-aligned */
  bool text_writable;      /* -N: one writable segment for everything */
  int execstack;           /* 0: from the inputs' .note.GNU-stack, 1: -z execstack, 2: -z noexecstack */
  int warn_execstack;      /* 0: --no-warn-execstack, 1: --warn-execstack, 2: the default (implied only) */
  int64_t stack_size;      /* -z stack-size: 0 not given, -1 given as 0, else PT_GNU_STACK's p_memsz */
  bool no_warn_rwx;        /* --no-warn-rwx-segments */
  bool no_relax;           /* --no-relax: GOTPCRELX keeps its GOT slot */
} Options;

/* --section-start=NAME=ADDR and its -Ttext/-Tdata/-Tbss spellings */
typedef struct {
  const char *name;
  uint64_t addr;
} SectionStart;

/* Returns false if the run is complete (--help, --version). */
bool parse_options(Ctx *ctx, int argc, char **argv);
/* Sets opt.dynamic once the inputs are read (a shared object makes a link dynamic). */
void decide_dynamic(Ctx *ctx);

/* --------------------------------------------------------------- input.c */

struct Archive {
  const char *path;
  const char *lib_arg;     /* "-lNAME" when found through -l */
  MappedFile *mf;
  bool thin;
  /* symbol index: name -> member header offset */
  uint32_t nsyms;
  const char **sym_names;
  uint64_t *sym_hashes;
  uint64_t *sym_members;   /* member header offsets */
  Symbol **sym_ptrs;       /* the symbol of each entry, found ahead (input.c), or NULL */
  uint64_t sym_ptrs_count; /* ctx->symtab_count when the NULLs in sym_ptrs were last true */
  const char *long_names;  /* the // member */
  size_t long_names_size;
  /* member header offset -> state (input.c): extracted so far, and
   * members parsed ahead of extraction (value: the InputFile, or NULL) */
  OffMap extracted;
  int priority_base;
  OffMap pre;
  int group;               /* group id, or -1 */
  bool whole;
  bool lazy;               /* --start-lib objects: "offsets" number the files, all in `pre` */
  uint8_t *defines_data;   /* per index entry: 0 not checked, 1 no, 2 its member has a real
                            * definition of the name (a COMMON symbol's extraction rule, input.c) */
};

/* Reads every input of the command line and resolves symbols in GNU ld's
 * left-to-right order (archives extract members to satisfy undefined
 * references; groups repeat to a fixpoint). */
void read_inputs(Ctx *ctx);
/* Sizes of the inputs named on the command line (see input.c). */
uint64_t input_bytes(Ctx *ctx, uint64_t *archive_bytes);
/* WELD_SPECULATE: 1 always, -1 never, 0 by the size rule (input.c). */
int speculate_override(void);
/* The symbol index of an archive not in the link (for hints); NULL if unreadable. */
Archive *open_archive_index(Ctx *ctx, const char *path);
/* The name of the member whose header is at `off`, or NULL. */
const char *archive_member_name(Ctx *ctx, Archive *ar, uint64_t off);

/* ------------------------------------------------------------ object.c */

struct InputSection {
  InputFile *file;            /* NULL for synthetic sections */
  const char *name;
  const uint8_t *data;        /* NULL for NOBITS */
  uint64_t size;
  uint64_t offset;            /* within the output section */
  OutputSection *osec;
  const char *oname;          /* layout.c: the output section's name */
  const ElfRela *rels;
  uint8_t *actions;           /* scan.c: the RelAction of each relocation (allocated sections) */
  uint64_t flags;             /* sh_flags */
  MergedSection *merged;      /* SHF_MERGE|SHF_STRINGS: the merged section it joins */
  uint32_t nrels;
  uint32_t shndx;
  uint32_t type;              /* sh_type */
  uint32_t p2align;
  uint32_t entsize;
  uint32_t init_prio;         /* layout.c: GNU ld's init priority (.init_array.N: N, .ctors.N: 65535-N) or UINT32_MAX */
  /* FDEs (indices into the file's eh_frame record list) covering this section */
  uint32_t fde_first, fde_count;
  atomic_bool alive;          /* false: discarded (COMDAT loser, gc, ...) */
  bool is_ehframe;
  bool is_ehframe_out;        /* an .eh_frame being written (reloc.c) */
  bool keep;                  /* gc root */
  uint8_t init_sorted;        /* layout.c: in SORT_BY_INIT_PRIORITY(.init_array.* .ctors.*) (or .fini_array's) */
  uint8_t reverse_words;      /* layout.c: a .ctors/.dtors in .init_array/.fini_array: its 8-byte words reversed */
  uint8_t comdat_lost;        /* discarded because another instance of its COMDAT group won */
  /* one of three kinds of detail: a section is mergeable, an .eh_frame, or
   * synthetic (file == NULL), never two of them */
  union {
    struct {                  /* mergeable input sections: their pieces */
      uint32_t *piece_in;     /* input offset of each piece */
      uint32_t *piece_out;    /* offset of each piece in the merged section */
      uint32_t npieces;
      uint32_t owned_end;     /* where the strings it contributes end in the merged section */
    };
    struct {                  /* .eh_frame input sections: their records */
      uint32_t *rec_in;       /* input offset of each record */
      uint32_t *rec_out;      /* output offset (relative to this section) or UINT32_MAX if dropped */
      uint32_t *rec_size;
      uint32_t nrecs;
    };
    struct {                  /* synthetic sections are filled at write time */
      Synthetic *syn;
    };
  };
};

/* An FDE of an input .eh_frame, attached to the section it describes. */
typedef struct {
  InputSection *eh;          /* the .eh_frame input section */
  InputSection *target;      /* the section it describes */
  uint32_t rec;              /* record index within eh */
  uint32_t rel_first, rel_count;  /* its relocations in eh->rels */
} Fde;

/* A COMDAT group of an input file: its SHT_GROUP section and signature. */
typedef struct {
  const uint8_t *words;       /* the SHT_GROUP contents: flags, then members */
  uint32_t nwords;
  const char *sig;
  uint64_t hash;
  uint32_t sig_sym;           /* the signature's global symbol index, or 0 */
  ComdatGroup *lost_to;       /* the instance that won, when this one was discarded */
} FileComdat;

struct InputFile {
  const char *path;           /* the file (the archive for members) */
  const char *member;         /* member name, or NULL */
  const char *display;        /* "path" or "path(member)" */
  const uint8_t *data;
  size_t size;
  int priority;
  bool alive;                 /* part of the link (objects; extracted members) */
  Archive *archive;
  const char *why_sym;        /* archive members: the symbol that caused extraction */
  InputFile *why_file;        /* ... and the file that referenced it (NULL: command line) */
  const ElfShdr *shdrs;
  uint32_t nsections;
  const char *shstrtab;
  uint64_t shstrtab_size;
  const ElfSym *esyms;
  uint32_t nsyms;
  uint32_t first_global;
  const char *strtab;
  uint64_t strtab_size;
  const U32 *symtab_shndx;   /* SHT_SYMTAB_SHNDX, or NULL */
  uint32_t symtab_index;
  InputSection **sections;    /* by section index; NULL if not kept */
  Symbol **syms;              /* by symbol index; locals are owned here */
  Symbol *local_syms;
  uint64_t *sym_hashes;       /* hash of each global's name, from first_global */
  const char **ver_names;     /* from first_global: foo for a definition foo@@V, else NULL (NULL if none) */
  Fde *fdes;
  uint32_t nfdes;
  FileComdat *comdats;
  uint32_t ncomdats;
  bool lost_comdat;           /* one of its groups was discarded */
  bool want_symhash;          /* match_kept_sections: hash the symbols of its group members */
  uint64_t *sec_symhash;      /* ... by section index: a hash of the (name, info, other) set defined there */
  uint32_t *sec_symcount;     /* ... and their number */
  InputSection **comdat_kept; /* by section index: the winner's counterpart of a discarded member
                               * (GNU ld's kept_section: same symbols, same size), or NULL */
  bool has_execstack_note, has_noexecstack_note;
  const uint8_t *prop_note;   /* .note.gnu.property contents (validated), or NULL */
  uint64_t prop_size;
  bool has_lto;
  bool body_done;             /* parse_object_bodies ran */
  uint64_t nlocal_out;        /* symbols this file contributes to .symtab */
  uint64_t *local_out;        /* bit k: local k goes to .symtab (output.c) */
  uint64_t nlocal_strsize;
  uint64_t symtab_local_index; /* first output .symtab index of its locals */
  uint64_t strtab_local_off;
  const char *file_sym;       /* the STT_FILE symbol .symtab gets before its locals when it has none, or NULL */
  DynRelSec *dynrels;         /* scan.c: its sections that emit dynamic relocations */
  uint32_t ndynrels;
  /* shared objects (dso.c): esyms/strtab/nsyms/first_global describe
   * .dynsym and .dynstr; sections is NULL */
  bool is_dso;
  bool as_needed;             /* named while --as-needed was in effect */
  bool dso_used;              /* resolve: it defines a symbol a regular object references */
  const char *soname;         /* DT_SONAME, else the path's last component */
  const char **dt_needed;     /* its own DT_NEEDED names */
  uint32_t ndt_needed;
  const U16 *versym;          /* .gnu.version: one entry per .dynsym symbol, or NULL */
  const char **vernames;      /* version index -> name (.gnu.version_d); [0] is NULL, [1] the base version */
  uint32_t nvernames;         /* entries in vernames (highest index + 1) */
  uint32_t dynstr_soname;     /* dynamic.c: .dynstr offset of its soname */
};

/* Parses and validates an ELF relocatable object.  Returns NULL after
 * reporting an error. */
InputFile *parse_object(Ctx *ctx, const char *path, const char *member,
                        const uint8_t *data, size_t size, int priority);
InputFile *parse_object_quiet(Ctx *ctx, const char *path, const char *member, const uint8_t *data,
                              size_t size, int priority, bool quiet);
/* Local symbols and relocations of every loaded file, in parallel. */
void parse_object_bodies(Ctx *ctx);
/* For the discarded COMDAT members that debug sections reference: the
 * winner's member they stand for (f->comdat_kept), as GNU ld finds it. */
void match_kept_sections(Ctx *ctx);
/* The size of the field a relocation type writes (0 for R_X86_64_NONE);
 * false for types weld does not know. */
bool reloc_size(uint32_t type, uint32_t *size);
/* bfd's debugging sections (SEC_DEBUGGING) by name: .debug*, .zdebug*, .stab*, ... */
bool is_debug_section_name(const char *name);
/* The same for one file parsed ahead, quietly (input.c's speculative closure). */
void parse_body_ahead(Ctx *ctx, InputFile *f);
/* A symbol's section index with SHN_XINDEX resolved.  Special indices
 * (SHN_ABS, SHN_COMMON, ...) come back as XSHN_* so that they never collide
 * with real section numbers 0xff00-0xffff of objects with many sections. */
uint32_t esym_shndx(InputFile *f, uint32_t i);
#define XSHN(x) (0xffff0000u | (x))
#define XSHN_ABS XSHN(SHN_ABS)
#define XSHN_COMMON XSHN(SHN_COMMON)
const char *esym_name(InputFile *f, uint32_t i);
/* The name global symbol i is interned under: a default-version
 * definition foo@@V (.symver) answers references to foo. */
const char *global_name(InputFile *f, uint32_t i);
/* A NUL-terminated string starts at `off` of a table of `size` bytes. */
bool cstr_ok(const char *tab, uint64_t size, uint64_t off);
/* "aarch64", "i386", ... for the machines people mix up; NULL otherwise. */
const char *machine_name(int m);
/* Reads a .note.gnu.property section's 4-byte properties (object.c);
 * -1 if malformed. */
int gnu_properties(const uint8_t *p, uint64_t size, uint32_t *types, uint32_t *vals, int max);
/* "file.o" or "lib.a(member.o)" */
const char *file_name(InputFile *f);

/* --------------------------------------------------------------- dso.c */
/* Parses and validates an ELF shared object (ET_DYN): .dynsym, .dynstr,
 * .gnu.version, .gnu.version_d, and from .dynamic DT_SONAME and DT_NEEDED.
 * Returns NULL after reporting an error (none with `quiet`). */
InputFile *parse_shared(Ctx *ctx, const char *path, const uint8_t *data, size_t size, int priority, bool quiet);
/* The version a shared object's symbol i is defined at (NULL if none), and
 * whether it is the default (foo@@V) rather than a hidden foo@V. */
const char *dso_sym_version(InputFile *f, uint32_t i, bool *is_default);

/* ------------------------------------------------------------ needed.c */
/* Reads the shared objects the link's shared objects need (DT_NEEDED,
 * transitively) and marks the symbols they share with the link (dso_ref). */
void load_needed_dsos(Ctx *ctx);

/* ------------------------------------------------------------ resolve.c */

enum {
  SK_UNDEF = 0,  /* referenced, no definition yet */
  SK_SHARED,     /* defined only by a shared object (imported) */
  SK_WEAK,       /* defined weak */
  SK_COMMON,
  SK_DEFINED,    /* defined strong */
};

struct Symbol {
  const char *name;
  InputFile *file;        /* defining file */
  InputSection *isec;     /* NULL: absolute (or undefined/common) */
  uint64_t value;
  uint64_t size;
  uint64_t addr;          /* sym_addr(), once the layout is final */
  InputFile *ref_file;    /* the first file that referenced it */
  uint32_t esym;          /* index of the defining esym in file */
  uint32_t aux;           /* 1 + its entry in ctx->sym_aux (GOT/IPLT slots), 0 if none */
  uint8_t kind;           /* SK_* */
  uint8_t type;           /* STT_* */
  uint8_t bind;           /* STB_* of the definition */
  uint8_t visibility;
  uint16_t version;       /* .gnu.version index of a definition (classify_symbols); 0 = unversioned */
  /* flags: each symbol's are written by one thread at a time (bit-fields
   * share bytes) */
  bool is_local : 1;
  bool strong_ref : 1;    /* some live file references it non-weakly */
  bool referenced : 1;    /* any live reference */
  bool synthetic : 1;     /* defined by the linker; value is an address */
  bool traced : 1;
  bool listed : 1;        /* in ctx->syms_list */
  bool defsym_ref : 1;    /* named in a --defsym expression */
  bool is_common : 1;     /* the definition is COMMON (allocated later); value is its alignment until then */
  bool is_alias : 1;      /* --defsym=NAME=TARGET[+-N]: value is N until fix_linker_symbols */
  bool addr_fixed : 1;    /* addr and dead hold the final values (reloc.c) */
  bool dead : 1;          /* defined in a discarded section */
  bool in_merged : 1;     /* a section symbol of a merged string section */
  /* the symbol's dynamic class, decided once by classify_symbols (dynamic.c) */
  bool is_preemptible : 1; /* references bind at run time: through the GOT/PLT or a dynamic relocation */
  bool is_exported : 1;    /* in .dynsym as a definition */
  bool dso_ref : 1;        /* a shared object of the link references or defines it */
  bool is_absolute : 1;    /* an absolute value (SHN_ABS, --defsym=N): the same at any load address */
  bool start_stop : 1;     /* __start_SEC / __stop_SEC defined by the linker (layout.c) */
  bool undef_zero : 1;     /* undefined but not an error (--unresolved-symbols, --warn-unresolved-symbols):
                            * 0 in an executable, as in GNU ld, and not left to the loader */
  /* the atomics in a word of their own: compilers read the fields above
   * with one wide load, which must not overlap a byte other threads write */
  alignas(8) atomic_ushort needs; /* NEEDS_* flags set by scan */
  atomic_uchar spec;      /* SPEC_* flags of input.c's speculative closure */
};

/* GOT and IPLT slots of the few symbols that have any (scan.c) */
typedef struct {
  int32_t got;            /* .got slot index, -1 if none */
  int32_t gottp;          /* .got slot holding the TP offset, -1 if none */
  int32_t plt;            /* .iplt index, -1 if none */
  int32_t dplt;           /* .plt index (imported functions), -1 if none */
  int32_t pltgot;         /* .plt.got index, -1 if none */
  int32_t dynsym;         /* .dynsym index, -1 if none */
  int32_t tlsgd;          /* the first .got slot of its GD pair, -1 if none */
  int32_t tlsdesc;        /* the first .got slot of its TLS descriptor, -1 if none */
  bool copy;              /* in ctx->copy_syms */
} SymAux;

/* What the relocation scan found a symbol needs (scan.c) */
enum {
  NEEDS_GOT = 1,     /* a .got slot with its address */
  NEEDS_GOTTP = 2,   /* a .got slot with its TP offset (initial-exec TLS) */
  NEEDS_IPLT = 4,    /* an IFUNC defined here: IPLT entry + IRELATIVE slot */
  NEEDS_PLT = 8,     /* an imported function called: a PLT entry */
  NEEDS_CPLT = 16,   /* an imported function whose address is taken: canonical PLT */
  NEEDS_COPY = 32,   /* imported data read directly: a copy relocation */
  NEEDS_DYNSYM = 64, /* named by a dynamic relocation: in .dynsym */
  NEEDS_TLSGD = 128, /* a GD pair of .got slots (module, offset): a shared object's TLS */
  NEEDS_TLSDESC = 256, /* a TLS descriptor in the .got */
};
/* A symbol's .got slot, TP-offset .got slot and .iplt index; -1 if none. */
int32_t sym_got(Ctx *ctx, const Symbol *s);
int32_t sym_gottp(Ctx *ctx, const Symbol *s);
int32_t sym_plt(Ctx *ctx, const Symbol *s);
int32_t sym_tlsgd(Ctx *ctx, const Symbol *s);   /* first slot of its GD pair */
int32_t sym_tlsdesc(Ctx *ctx, const Symbol *s); /* first slot of its TLS descriptor */
SymAux *sym_aux_of(Ctx *ctx, Symbol *s); /* creates the entry */
/* Adds NEEDS_* flags (from parallel loops too). */
static inline void sym_need(Symbol *s, uint16_t n) {
  if ((atomic_load_explicit(&s->needs, memory_order_relaxed) & n) != n) atomic_fetch_or(&s->needs, n);
}
static inline bool sym_is_imported(const Symbol *s) { return s->kind == SK_SHARED; }
/* The binding an imported symbol has in its shared object (a copy keeps it). */
static inline int import_bind(const Symbol *s) {
  return ELF64_ST_BIND(s->file->esyms[s->esym].st_info) == STB_WEAK ? STB_WEAK : STB_GLOBAL;
}
/* SPEC_DEF: some file parsed so far defines it; SPEC_REQ: a member defining it was asked for */
enum { SPEC_DEF = 1, SPEC_REQ = 2 };

Symbol *sym_intern(Ctx *ctx, const char *name);
Symbol *sym_intern_hashed(Ctx *ctx, const char *name, uint64_t hash);
Symbol *sym_find(Ctx *ctx, const char *name);
Symbol *sym_find_hashed(Ctx *ctx, const char *name, uint64_t hash);
typedef struct SymSlot {
  _Atomic uint64_t hash;
  Symbol *_Atomic sym;
} SymSlot;
Symbol *sym_intern_parallel(Ctx *ctx, const char *name, uint64_t hash);
void sym_reserve(Ctx *ctx, uint64_t more);
void sym_list(Ctx *ctx, Symbol *s);
/* Interns the global symbols of parsed files in parallel (f->syms). */
void intern_files_parallel(Ctx *ctx, InputFile **files, size_t n);
/* Adds the symbols of a newly loaded object to the global table. */
void resolve_file_symbols(Ctx *ctx, InputFile *f);
/* The same for a shared object (dso.c parsed it). */
void resolve_shared_symbols(Ctx *ctx, InputFile *f);
/* COMDAT: decides which group instances are kept, before symbols are added. */
void resolve_comdat(Ctx *ctx, InputFile *f);
/* Room for `more` COMDAT groups without growing. */
void comdat_reserve(Ctx *ctx, uint64_t more);
void apply_defsyms_and_wrap_setup(Ctx *ctx);
const char *wrap_name(Ctx *ctx, const char *name); /* --wrap renaming of undefined refs */
void allocate_common(Ctx *ctx);
bool sym_is_defined(const Symbol *s);

/* ---------------------------------------------------------------- gc.c */
void gc_sections(Ctx *ctx);

/* ------------------------------------------------------------- merge.c */
struct MergedSection {
  const char *name;
  uint64_t flags;
  uint32_t entsize;
  uint32_t p2align;
  InputSection *isec;        /* the synthetic section carrying the output */
  /* hash table of unique strings */
  struct MergePiece *table;
  size_t cap, count;
  uint64_t want;             /* pieces to insert: sizes the table */
  uint64_t last_pad;         /* alignment padding after the last string, not part of size */
  uint64_t size;
};
void merge_strings(Ctx *ctx);
uint64_t merge_offset(InputSection *isec, uint64_t off); /* input off -> merged-section off */

/* ----------------------------------------------------------- ehframe.c */
void parse_eh_frames(Ctx *ctx);    /* split records, attach FDEs to sections */
void finalize_eh_frames(Ctx *ctx); /* drop dead FDEs, assign record offsets */
uint64_t ehframe_offset(InputSection *isec, uint64_t off);
void create_eh_frame_hdr(Ctx *ctx);

/* -------------------------------------------------------------- scan.c */
/* What the writer does with one relocation.  The scan chooses it from the
 * action table (output kind x symbol class x relocation class, scan.c) and
 * stores it in InputSection.actions; reloc.c applies it without deciding. */
typedef enum {
  RA_NONE,          /* nothing: R_X86_64_NONE, or consumed by the relaxation before it */
  RA_DIRECT,        /* the type's formula with S = the symbol's (canonical) address */
  RA_PLT,           /* S = the symbol's PLT entry */
  RA_GOT,           /* through the symbol's .got slot (its TP-offset slot for GOTTPOFF) */
  RA_GOT_RELAX,     /* GOTPCRELX: mov -> lea, call/jmp *mem -> direct call/jmp */
  RA_DYN_RELATIVE,  /* S + A written, R_X86_64_RELATIVE emitted */
  RA_DYN_ABS,       /* R_X86_64_64 against the symbol emitted, A written */
  RA_DYN_RELR,      /* S + A written, the place listed in .relr.dyn */
  RA_TPOFF,         /* DTPOFF32/64 after LD -> LE: S + A - TP */
  RA_TLS_GD_LE,     /* general dynamic -> local exec (consumes the call's relocation) */
  RA_TLS_GD_IE,     /* general dynamic -> initial exec */
  RA_TLS_LD_LE,     /* local dynamic -> local exec */
  RA_TLS_IE_LE,     /* initial exec -> local exec */
  RA_TLSDESC_LE,    /* lea x@tlsdesc -> mov $x@tpoff */
  RA_TLSDESC_IE,    /* lea x@tlsdesc -> mov x@gottpoff */
  RA_TLSDESC_CALL_NOP, /* call *x@tlscall(%rax) -> xchg %ax,%ax */
  RA_TLS_GD,        /* general dynamic kept: the symbol's GD pair of .got slots */
  RA_TLS_LD,        /* local dynamic kept: the output's LD pair */
  RA_TLSDESC,       /* TLS descriptor kept: the symbol's descriptor slots */
  RA_ERROR,         /* reported by the scan */
} RelAction;

/* Dynamic relocations an input section emits: counted by the scan,
 * placed in .rela.dyn by prefix sums (synth.c) */
struct DynRelSec {
  InputSection *is;
  uint32_t nrelative, nsym;   /* RELATIVE and symbolic entries */
  uint32_t nrelr;             /* places packed into .relr.dyn */
  uint64_t at_relative, at_sym; /* their first .rela.dyn indices */
};

void scan_relocations(Ctx *ctx);
/* GOT-relaxation instruction checks (psABI B.2): used by the scan only */
bool gotpcrelx_relaxable(const Symbol *s, uint32_t type, const uint8_t *loc, uint64_t off);
bool gottpoff_relaxable(const uint8_t *loc);

/* ------------------------------------------------------------- synth.c */
/* Linker-made sections, all made by new_synthetic and kept in ctx->synthetics.
 * `rank` places the output section (layout.c's SR_* order); 0 means "as an
 * input section of that name would go". */
struct Synthetic {
  void (*write)(Ctx *ctx, InputSection *isec, uint8_t *buf);
  /* the size, if it is known only once the output sections are (layout.c calls it) */
  uint64_t (*size)(Ctx *ctx, InputSection *isec);
  /* a big section written in parts, in parallel: part k covers bytes
   * [part_off[k], part_off[k+1]) and is written by write_part */
  uint32_t nparts;
  uint64_t *part_off;
  void (*write_part)(Ctx *ctx, InputSection *isec, uint32_t part, uint8_t *buf);
  const void *data;           /* for writers that copy prepared bytes */
  InputSection *link, *info;  /* sh_link / sh_info, by section */
  uint32_t info_count;        /* sh_info as a number, when info is NULL */
  bool link_symtab;           /* sh_link is .symtab */
  bool relro;                 /* read-only after relocation (PT_GNU_RELRO) */
  int rank;
};

/* The synthetic part of a section, or NULL for an input section. */
static inline Synthetic *synthetic_of(const InputSection *is) { return is->file ? NULL : is->syn; }
InputSection *new_synthetic(Ctx *ctx, const char *name, uint32_t type, uint64_t flags, uint32_t p2align,
                            uint32_t entsize, uint64_t size, int rank,
                            void (*write)(Ctx *, InputSection *, uint8_t *));
/* .got, .got.plt, .plt, .plt.got, .iplt, .rela.dyn, .rela.plt, copy areas,
 * and the dynamic-linking tables (dynamic.c) */
void create_synthetic_sections(Ctx *ctx);
/* Encodes .relr.dyn from the final addresses; true if its size changed. */
bool encode_relr(Ctx *ctx);

/* ----------------------------------------------------------- version.c */
/* Parses a --version-script or --dynamic-list file into *vs (options.c);
 * finish_scripts checks them once all are read. */
void read_script(Ctx *ctx, struct VersionScript **vs, const char *option, const char *path);
void finish_scripts(Ctx *ctx);
/* Named by a --dynamic-list file or an --export-dynamic-symbol glob. */
bool in_dynamic_list(Ctx *ctx, const Symbol *s);
/* A definition's .gnu.version index (VER_NDX_GLOBAL if unversioned; with
 * 0x8000 for a hidden foo@V), and whether a script makes it local. */
uint16_t symbol_version(Ctx *ctx, Symbol *s, bool *local);
/* The scripts' named versions: how many, and the k-th (0-based) with its parents. */
uint32_t version_count(Ctx *ctx);
const char *version_name(Ctx *ctx, uint32_t k, const char **parents[], uint32_t *nparents);

/* ----------------------------------------------------------- dynamic.c */
/* Each global symbol's dynamic class: preemptible, exported (before the scan). */
void classify_symbols(Ctx *ctx);
/* .interp, .dynsym, .dynstr, .gnu.hash/.hash, .gnu.version(_r), .dynamic */
void create_dynamic_sections(Ctx *ctx);
/* Which shared objects get a DT_NEEDED entry (--as-needed) */
void mark_needed_dsos(Ctx *ctx);
/* --max-symbol-version: an error for each import that needs a newer version */
void check_max_versions(Ctx *ctx);
/* Whether a shared object gets DT_NEEDED, and the versions the output
 * needs from it (.gnu.version_r), space-separated ("" if none). */
bool dso_is_needed(const InputFile *f);
const char *dso_versions_needed(Ctx *ctx, const InputFile *f);
uint64_t got_slot_addr(Ctx *ctx, int32_t idx);
uint64_t plt_entry_addr(Ctx *ctx, const Symbol *s); /* .plt or .plt.got entry of an import */

/* ------------------------------------------------------------ layout.c */
/* Output order: a section's rank is segment group * 100 + its place in the
 * group (layout.c: section_rank).  Synthetic sections carry theirs. */
enum {
  SR_INTERP = 5, SR_PROPERTY = 9, SR_NOTE = 10, SR_HASH = 12, SR_GNU_HASH = 13, SR_DYNSYM = 14, SR_DYNSTR = 15,
  SR_VERSYM = 16, SR_VERDEF = 17, SR_VERNEED = 18, SR_RELA_DYN = 19, SR_RELA_PLT = 20, SR_RELR = 21,
  SR_PLT = 105, SR_PLTGOT = 106, SR_IPLT = 110,
  SR_EH_FRAME_HDR = 260,
  SR_DYNAMIC = 415, SR_GOT = 420, SR_GOTPLT = 430,
};

struct OutputSection {
  const char *name;
  uint32_t type;
  uint64_t flags;
  uint64_t addr, offset, size;
  uint32_t p2align;
  uint64_t entsize;
  uint32_t shndx;          /* index in the output section header table */
  uint32_t link, info;
  int rank;
  int order;               /* first-seen order for orphans */
  Vec members;             /* InputSection* */
  bool relro;              /* inside PT_GNU_RELRO */
  Synthetic *syn;          /* the synthetic section it holds, if it holds one */
  /* layout.c: a --section-start address (in line: the sections after it
   * follow it; an orphan's is out of line, as in GNU ld), and whether a
   * PT_LOAD starts here */
  uint64_t start_addr;
  bool has_start, start_inline;
  bool seg_start;
};

typedef struct {
  uint32_t type, flags;
  uint64_t offset, vaddr, filesz, memsz, align;
} Segment;

void create_output_sections(Ctx *ctx);
void layout_sections(Ctx *ctx);
OutputSection *find_osec(Ctx *ctx, const char *name);
/* GNU ld's mapping of input section names to output section names. */
const char *output_section_name(const char *name, uint64_t flags);
void for_each_live_section(Ctx *ctx, void (*fn)(Ctx *, InputSection *, void *), void *arg);

/* ---------------------------------------------------------- linksyms.c */
/* Defines the linker's symbols that the link references (before layout),
 * then gives them their values (after). */
void define_linker_symbols(Ctx *ctx);
void fix_linker_symbols(Ctx *ctx);
/* The output section a linker-defined __start_SEC / __stop_SEC names. */
OutputSection *start_stop_osec(Ctx *ctx, const Symbol *s);
/* A C identifier: the section names that get __start_/__stop_ symbols. */
bool is_c_ident(const char *s);

/* ------------------------------------------------------------- reloc.c */
/* Address of a symbol's definition (not counting addends). */
uint64_t sym_addr(Ctx *ctx, Symbol *s);
/* The definition's own address, ignoring an IFUNC's canonical PLT entry. */
uint64_t sym_real_addr(Ctx *ctx, Symbol *s);
uint64_t isec_addr(InputSection *isec, uint64_t off);
/* Where the relocation at r_offset of `is` lands in its output copy: the
 * same offset, except in a word-reversed .ctors/.dtors (reverse_words). */
static inline uint64_t reloc_place(const InputSection *is, uint64_t r_offset) {
  return is->reverse_words ? is->size - 8 - (r_offset & ~7ULL) + (r_offset & 7) : r_offset;
}
/* S + A of a relocation of `is` (the symbol's final address, or the merged
 * string its section symbol and addend select) */
uint64_t reloc_sa(Ctx *ctx, InputSection *is, const ElfRela *rel);
/* Stores every symbol's final address, in parallel, for apply_relocs. */
void fix_symbol_addresses(Ctx *ctx);
void apply_relocs(Ctx *ctx, InputSection *isec, uint8_t *buf);
const char *reloc_name(uint32_t type);

/* ------------------------------------------------------------ output.c */
void build_symtab(Ctx *ctx);
void write_output(Ctx *ctx);
void create_build_id(Ctx *ctx);
void remove_temp_output(void);
void install_signal_handlers(Ctx *ctx);

/* -------------------------------------------------------------- diag.c */
typedef struct {
  Symbol *sym;
  InputFile *first, *second;
  uint32_t first_esym, second_esym;
} Duplicate;
/* Every undefined symbol of the link (up to --error-limit), each with up to
 * three referencing places and a hint at the likely cause. */
void report_undefined(Ctx *ctx);
/* Duplicate strong definitions, both places, with a hint. */
void report_duplicates(Ctx *ctx);
/* The name to show: demangled unless --no-demangle. */
const char *pretty_name(Ctx *ctx, const char *name);

/* ------------------------------------------------------------ report.c */
/* --embed-deps: a non-loaded note listing the archive members and objects
 * that went into the output (path, SHA-256); created before layout. */
void create_deps_section(Ctx *ctx);
/* -Map, --why-extract, --dependency-file, --report: after the output is written. */
void write_reports(Ctx *ctx);
/* weld --print-deps BINARY: prints the embedded list; returns the exit status. */
int print_deps(Ctx *ctx, const char *path);

/* --------------------------------------------------------- reproduce.c */
/* --reproduce=FILE.tar: the inputs read so far, the command line rewritten
 * to name them inside the archive (response.txt) and version.txt, as a
 * ustar archive; called once the inputs are read, even if reading failed.
 * A tar that cannot be written is a warning. */
void write_reproduce(Ctx *ctx);

/* -------------------------------------------------------------- the link */

struct ComdatGroup {
  const char *sig;
  Symbol *key;                /* the signature's interned symbol, or NULL */
  InputFile *owner;
  uint32_t index;             /* its FileComdat in owner->comdats */
};
typedef struct {
  uint64_t hash;
  ComdatGroup *group;         /* NULL: empty slot */
} ComdatSlot;

struct Ctx {
  Options opt;
  int nthreads;
  Arena *arenas;            /* one per worker */
  /* inputs */
  Vec files;                /* InputFile* that are part of the link, priority order */
  Vec archives;             /* Archive* */
  Vec spec_archives;        /* input.c: archives opened ahead, for the speculative closure */
  Vec spec_files;           /* InputFile* it parsed */
  SymAux *sym_aux;          /* scan.c: see Symbol.aux */
  uint32_t sym_aux_len, sym_aux_cap;
  uint64_t archive_bytes;   /* size of the command line's archives */
  Vec mapped;               /* MappedFile* */
  int next_priority;
  /* symbols */
  struct SymSlot *symtab;   /* open-addressing table */
  uint64_t symtab_cap;
  atomic_ullong symtab_count;
  Symbol **syms_list;       /* all global symbols in creation order */
  uint64_t syms_len, syms_cap;
  ComdatSlot *comdats;
  uint64_t comdat_cap, comdat_count;
  Vec common_syms;
  Vec dups;                 /* Duplicate* found while loading */
  /* sections */
  Vec osecs;                /* OutputSection*, final order */
  Vec merged;               /* MergedSection* */
  Segment phdrs[32];
  int nphdrs;
  uint64_t phdr_off;
  uint64_t file_size;
  uint64_t shdr_off;
  uint32_t nshdrs;
  /* synthetic sections (synth.c, dynamic.c), all also in `synthetics` */
  Vec synthetics;            /* InputSection*, in creation order */
  InputSection *got, *gotplt, *plt, *pltgot, *iplt, *rela_iplt, *rela_dyn, *rela_plt;
  InputSection *copy_bss, *copy_relro; /* copy-relocated data (writable, read-only in the library) */
  InputSection *interp, *dynamic, *dynsym, *dynstr, *gnu_hash, *sysv_hash, *versym, *verdef, *verneed;
  InputSection *eh_frame_hdr, *build_id, *common_sec, *deps_note, *property;
  struct GotEntry *got_ents; /* .got slots */
  uint32_t ngot;
  int32_t tlsld_got;         /* the first .got slot of the LD pair, -1 if none */
  atomic_bool needs_tlsld;   /* scan: some relocation is local-dynamic TLS kept as such */
  atomic_bool static_tls;    /* scan: a shared object uses initial-exec TLS (DF_STATIC_TLS) */
  Vec plt_syms;              /* IFUNC symbols by IPLT index */
  Vec dplt_syms;             /* imported functions by .plt index */
  Vec pltgot_syms;           /* imported functions by .plt.got index */
  Vec copy_syms;             /* copy-relocated symbols, one per copied location */
  /* .rela.dyn: RELATIVE entries first (DT_RELACOUNT), then symbolic ones */
  uint64_t ndyn_relative, ndyn_sym;
  uint64_t got_relative, got_sym;  /* of which the .got's own */
  InputSection *relr;        /* .relr.dyn (-z pack-relative-relocs) */
  uint64_t nrelr;            /* places it lists */
  uint64_t *relr_words;      /* its encoding, made once addresses are known */
  uint64_t nrelr_words;
  /* dynamic symbols (dynamic.c) */
  Vec dsos;                  /* InputFile* of the link's shared objects, command-line order */
  Vec needed_dsos;           /* InputFile* of the ones they need, not named (needed.c; why_file: by which) */
  Vec dynsyms;               /* Symbol* in .dynsym order, from index 1 */
  struct DynState *dyn;      /* dynamic.c's tables while they are built and written */
  OutputSection *ehframe_osec;
  uint64_t tls_begin, tls_end, tp_addr, tls_align;
  uint64_t got_base;        /* _GLOBAL_OFFSET_TABLE_ */
  bool gotx_relax;          /* scan.c: GOTPCRELX may become direct (every distance fits in 32 bits) */
  int stack_flags;          /* layout.c: PT_GNU_STACK's p_flags, or -1: no PT_GNU_STACK */
  uint64_t entry_addr;
  bool has_tls;
  uint64_t eh_nfde;         /* live FDEs, for .eh_frame_hdr */
  /* symtab output */
  uint64_t symtab_nlocal, symtab_count_out, strtab_size;
  Vec out_globals;          /* Symbol* emitted as globals */
  uint64_t *gblock_stroff;  /* output.c: .strtab offset of each block of out_globals */
  /* diagnostics */
  atomic_int nerrors;
  int nwarnings;
  Vec msgs;
  uint64_t msg_seq;
  /* timing */
  double t_start, t_last, t_cpu;
  const char *t_name;
  Vec timings;
};

/* The ELF header and program headers come first in the image. */
#ifndef SHF_X86_64_LARGE
#define SHF_X86_64_LARGE 0x10000000
#endif
#define IMAGE_BASE_DEFAULT 0x400000ULL
#define PAGE_SIZE_X86 0x1000ULL

#endif
