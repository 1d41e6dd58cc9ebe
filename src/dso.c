/*
 * dso.c - parse and validate one ELF64 x86-64 shared object (ET_DYN).
 *
 * The link editor needs little from a shared object: its dynamic symbols
 * (.dynsym with .dynstr), the version each definition carries (.gnu.version
 * indexing the names of .gnu.version_d), and from .dynamic its DT_SONAME and
 * DT_NEEDED entries.  Like object.c this is the input layer's wall: the
 * section header table, every symbol, every version record and every
 * .dynamic string offset is checked here with overflow-checked arithmetic,
 * and a malformed file gets one error line naming the file, the section and
 * the offset.  Version records are read with memcpy (the data may be
 * unaligned); the symbol table is used in place through the 1-aligned
 * ElfSym.  Later passes may index esyms, versym and vernames and read the
 * strings without further checks.  Of .gnu.version_r only the indices are
 * read; those of undefined symbols are not checked.
 */
#include "weld.h"

#define BAD(...)                         \
  do {                                   \
    if (!quiet) error(ctx, __VA_ARGS__); \
    return NULL;                         \
  } while (0)

#define BADB(...)                        \
  do {                                   \
    if (!quiet) error(ctx, __VA_ARGS__); \
    return false;                        \
  } while (0)

#define SNAME(i) (f->shstrtab + f->shdrs[i].sh_name)
#define VERSYM_HIDDEN 0x8000
#define VERSYM_INDEX 0x7fff

/* Section `link` of section `i` is a string table: its bounds, or false. */
static bool link_strtab(InputFile *f, uint32_t i, const char **tab, uint64_t *size) {
  uint32_t l = f->shdrs[i].sh_link;
  if (l == 0 || l >= f->nsections || f->shdrs[l].sh_type != SHT_STRTAB) return false;
  *tab = (const char *)f->data + f->shdrs[l].sh_offset;
  *size = f->shdrs[l].sh_size;
  return true;
}

/* The ELF header and the section header table (contents in the file,
 * power-of-two alignments, names inside the section name table). */
static bool check_headers(Ctx *ctx, InputFile *f, bool quiet) {
  const char *fn = f->display;
  const uint8_t *data = f->data;
  size_t size = f->size;
  if (size < sizeof(Elf64_Ehdr)) BADB("%s: file is too small to be an ELF file (%zu bytes)", fn, size);
  Elf64_Ehdr eh;
  memcpy(&eh, data, sizeof(eh));
  if (memcmp(eh.e_ident, ELFMAG, SELFMAG)) BADB("%s: not an ELF file", fn);
  if (eh.e_ident[EI_CLASS] != ELFCLASS64) BADB("%s: is a 32-bit shared object; weld links ELF64 x86-64 only", fn);
  if (eh.e_ident[EI_DATA] != ELFDATA2LSB) BADB("%s: is a big-endian shared object; weld links x86-64 only", fn);
  if (eh.e_ident[EI_VERSION] != EV_CURRENT) BADB("%s: unknown ELF version %d", fn, eh.e_ident[EI_VERSION]);
  if (eh.e_type != ET_DYN) BADB("%s: ELF file type %d is not a shared object (ET_DYN)", fn, eh.e_type);
  if (eh.e_machine != EM_X86_64) {
    const char *m = machine_name(eh.e_machine);
    if (m) BADB("%s: is for %s; weld links x86-64 objects only", fn, m);
    BADB("%s: is for machine %d; weld links x86-64 objects only", fn, eh.e_machine);
  }
  if (eh.e_shoff == 0) BADB("%s: has no section header table; weld needs .dynsym", fn);
  if (eh.e_shentsize != sizeof(Elf64_Shdr))
    BADB("%s: e_shentsize is %d, expected %zu", fn, eh.e_shentsize, sizeof(Elf64_Shdr));
  if (!range_ok(eh.e_shoff, sizeof(Elf64_Shdr), size))
    BADB("%s: section header table at offset 0x%llx is outside the file", fn, (unsigned long long)eh.e_shoff);
  Elf64_Shdr sh0;
  memcpy(&sh0, data + eh.e_shoff, sizeof(sh0));
  uint64_t nsec = eh.e_shnum ? eh.e_shnum : sh0.sh_size;
  uint64_t tabsize;
  if (nsec == 0 || mul_overflow(nsec, sizeof(Elf64_Shdr), &tabsize) || !range_ok(eh.e_shoff, tabsize, size))
    BADB("%s: section header table (%llu entries at offset 0x%llx) is outside the file", fn,
         (unsigned long long)nsec, (unsigned long long)eh.e_shoff);
  if (nsec > 0xffffffffULL) BADB("%s: too many sections", fn);
  f->shdrs = (const ElfShdr *)(data + eh.e_shoff);
  f->nsections = (uint32_t)nsec;
  uint64_t shstrndx = eh.e_shstrndx == SHN_XINDEX ? sh0.sh_link : eh.e_shstrndx;
  if (shstrndx == 0 || shstrndx >= nsec)
    BADB("%s: section name table index %llu is out of range", fn, (unsigned long long)shstrndx);
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    if (s->sh_type != SHT_NOBITS && !range_ok(s->sh_offset, s->sh_size, size))
      BADB("%s: section #%u: contents (offset 0x%llx, size 0x%llx) extend past the end of the file (0x%zx bytes)",
           fn, i, (unsigned long long)s->sh_offset, (unsigned long long)s->sh_size, size);
    if (s->sh_addralign > 1 && !is_pow2(s->sh_addralign))
      BADB("%s: section #%u: alignment %llu is not a power of two", fn, i, (unsigned long long)s->sh_addralign);
  }
  const ElfShdr *ss = &f->shdrs[shstrndx];
  if (ss->sh_type != SHT_STRTAB)
    BADB("%s: section name table (section #%llu) is not a string table", fn, (unsigned long long)shstrndx);
  f->shstrtab = (const char *)data + ss->sh_offset;
  f->shstrtab_size = ss->sh_size;
  for (uint32_t i = 1; i < nsec; i++)
    if (!cstr_ok(f->shstrtab, f->shstrtab_size, f->shdrs[i].sh_name))
      BADB("%s: section #%u: name offset 0x%x is outside the section name table", fn, i, f->shdrs[i].sh_name);
  return true;
}

/* .dynsym, its string table and an SHT_SYMTAB_SHNDX that extends it; every
 * symbol's name, binding and section index. */
static bool read_dynsym(Ctx *ctx, InputFile *f, uint32_t ds, bool quiet) {
  const char *fn = f->display;
  const ElfShdr *s = &f->shdrs[ds];
  if (s->sh_entsize != sizeof(Elf64_Sym) || s->sh_size % sizeof(Elf64_Sym))
    BADB("%s: %s: symbol table entry size %llu / size %llu is invalid", fn, SNAME(ds),
         (unsigned long long)s->sh_entsize, (unsigned long long)s->sh_size);
  if (!link_strtab(f, ds, &f->strtab, &f->strtab_size))
    BADB("%s: %s: sh_link %u is not a string table", fn, SNAME(ds), s->sh_link);
  if (s->sh_size / sizeof(Elf64_Sym) > 0xffffffffULL) BADB("%s: %s: too many symbols", fn, SNAME(ds));
  f->symtab_index = ds;
  f->nsyms = (uint32_t)(s->sh_size / sizeof(Elf64_Sym));
  f->esyms = (const ElfSym *)(f->data + s->sh_offset);
  if (s->sh_info == 0 || s->sh_info > f->nsyms)
    BADB("%s: %s: first global symbol index %u is out of range (%u symbols)", fn, SNAME(ds), s->sh_info, f->nsyms);
  f->first_global = s->sh_info;
  for (uint32_t i = 1; i < f->nsections; i++) {
    const ElfShdr *x = &f->shdrs[i];
    if (x->sh_type != SHT_SYMTAB_SHNDX || x->sh_link != ds) continue;
    if (x->sh_size / 4 < f->nsyms) BADB("%s: %s: extended section index table is too small", fn, SNAME(i));
    f->symtab_shndx = (const U32 *)(f->data + x->sh_offset);
  }
  const char *sn = SNAME(ds);
  for (uint32_t i = 0; i < f->nsyms; i++) {
    const ElfSym *y = &f->esyms[i];
    if (!cstr_ok(f->strtab, f->strtab_size, y->st_name))
      BADB("%s: %s: symbol #%u: name offset 0x%x is outside the string table", fn, sn, i, y->st_name);
    const char *name = esym_name(f, i);
    if (y->st_shndx == SHN_XINDEX && !f->symtab_shndx)
      BADB("%s: %s: symbol #%u (%s): SHN_XINDEX without an extended section index table", fn, sn, i, name);
    /* special indices (SHN_ABS, SHN_COMMON, ...) are fine; real ones must exist */
    uint32_t shndx = y->st_shndx == SHN_XINDEX ? f->symtab_shndx[i] : y->st_shndx;
    if ((y->st_shndx == SHN_XINDEX || shndx < SHN_LORESERVE) && shndx >= f->nsections)
      BADB("%s: %s: symbol #%u (%s): section index %u is out of range", fn, sn, i, name, shndx);
    int bind = ELF64_ST_BIND(y->st_info);
    if (bind != STB_LOCAL && bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE)
      BADB("%s: %s: symbol #%u (%s): unknown binding %d", fn, sn, i, name, bind);
    if (i < f->first_global && bind != STB_LOCAL)
      BADB("%s: %s: symbol #%u (%s): non-local symbol in the local part of the symbol table", fn, sn, i, name);
    if (i >= f->first_global && bind == STB_LOCAL)
      BADB("%s: %s: symbol #%u (%s): local symbol after the first global (sh_info %u)", fn, sn, i, name,
           f->first_global);
  }
  return true;
}

/* Walks the Elf64_Verdef chain of section `vd`: once to validate it and find
 * the highest index (names == NULL), then again to fill names.  At most
 * sh_info records, each inside the section: a chain cannot loop, since
 * vd_next is an unsigned forward offset and every step stays in range. */
static bool walk_verdef(Ctx *ctx, InputFile *f, uint32_t vd, const char **names, uint32_t *maxndx, bool quiet) {
  const char *fn = f->display;
  const ElfShdr *s = &f->shdrs[vd];
  const uint8_t *p = f->data + s->sh_offset;
  const char *str;
  uint64_t strsize, off = 0;
  if (!link_strtab(f, vd, &str, &strsize)) BADB("%s: %s: sh_link %u is not a string table", fn, SNAME(vd), s->sh_link);
  for (uint32_t k = 0; k < s->sh_info; k++) {
    unsigned long long o = (unsigned long long)off;
    if (!range_ok(off, sizeof(Elf64_Verdef), s->sh_size))
      BADB("%s:(%s+0x%llx): version definition #%u is outside the section (size 0x%llx)", fn, SNAME(vd), o, k,
           (unsigned long long)s->sh_size);
    Elf64_Verdef d;
    memcpy(&d, p + off, sizeof(d));
    if (d.vd_version != VER_DEF_CURRENT)
      BADB("%s:(%s+0x%llx): version definition #%u has vd_version %u, expected 1", fn, SNAME(vd), o, k, d.vd_version);
    if (d.vd_ndx == 0 || d.vd_ndx >= VERSYM_INDEX)
      BADB("%s:(%s+0x%llx): version definition #%u has index %u, outside 1..0x7ffe", fn, SNAME(vd), o, k, d.vd_ndx);
    if (d.vd_cnt == 0) BADB("%s:(%s+0x%llx): version definition #%u has no name (vd_cnt is 0)", fn, SNAME(vd), o, k);
    uint64_t aux;
    if (add_overflow(off, d.vd_aux, &aux) || !range_ok(aux, sizeof(Elf64_Verdaux), s->sh_size))
      BADB("%s:(%s+0x%llx): version definition #%u: vd_aux 0x%x points outside the section (size 0x%llx)", fn,
           SNAME(vd), o, k, d.vd_aux, (unsigned long long)s->sh_size);
    Elf64_Verdaux a;
    memcpy(&a, p + aux, sizeof(a));
    if (!cstr_ok(str, strsize, a.vda_name))
      BADB("%s:(%s+0x%llx): version definition #%u: name offset 0x%x is outside the string table", fn, SNAME(vd),
           (unsigned long long)aux, k, a.vda_name);
    if (!names) {
      *maxndx = MAX(*maxndx, d.vd_ndx);
    } else {
      if (names[d.vd_ndx])
        BADB("%s:(%s+0x%llx): version definition #%u: index %u is defined twice", fn, SNAME(vd), o, k, d.vd_ndx);
      names[d.vd_ndx] = str + a.vda_name;
    }
    if (d.vd_next == 0) break;
    if (add_overflow(off, d.vd_next, &off)) off = UINT64_MAX; /* out of range at the next record */
  }
  return true;
}

/* The version indices (vna_other) that the Elf64_Verneed chain of section
 * `vn` assigns, as bits of `needed`.  Only the structure is checked: weld
 * uses no names from it.  Every record and auxiliary entry takes 16 bytes
 * of the section, so more visits than sh_size / 16 means overlapping
 * chains, which would otherwise make the walk quadratic. */
#define OVERLAP "%s: %s: version requirement chains overlap (more entries than the section holds)"
static bool walk_verneed(Ctx *ctx, InputFile *f, uint32_t vn, uint64_t *needed, bool quiet) {
  const char *fn = f->display;
  const ElfShdr *s = &f->shdrs[vn];
  const uint8_t *p = f->data + s->sh_offset;
  uint64_t off = 0, budget = s->sh_size / sizeof(Elf64_Vernaux);
  for (uint32_t k = 0; k < s->sh_info; k++) {
    if (!range_ok(off, sizeof(Elf64_Verneed), s->sh_size))
      BADB("%s:(%s+0x%llx): version requirement #%u is outside the section (size 0x%llx)", fn, SNAME(vn),
           (unsigned long long)off, k, (unsigned long long)s->sh_size);
    if (budget-- == 0) BADB(OVERLAP, fn, SNAME(vn));
    Elf64_Verneed n;
    memcpy(&n, p + off, sizeof(n));
    if (n.vn_version != VER_NEED_CURRENT)
      BADB("%s:(%s+0x%llx): version requirement #%u has vn_version %u, expected 1", fn, SNAME(vn),
           (unsigned long long)off, k, n.vn_version);
    uint64_t aux;
    if (add_overflow(off, n.vn_aux, &aux)) aux = UINT64_MAX;
    for (uint32_t j = 0; j < n.vn_cnt; j++) {
      if (!range_ok(aux, sizeof(Elf64_Vernaux), s->sh_size))
        BADB("%s:(%s+0x%llx): version requirement #%u: entry #%u is outside the section (size 0x%llx)", fn,
             SNAME(vn), (unsigned long long)off, k, j, (unsigned long long)s->sh_size);
      if (budget-- == 0) BADB(OVERLAP, fn, SNAME(vn));
      Elf64_Vernaux a;
      memcpy(&a, p + aux, sizeof(a));
      uint32_t v = a.vna_other & VERSYM_INDEX;
      needed[v / 64] |= 1ULL << (v % 64);
      if (a.vna_next == 0) break;
      if (add_overflow(aux, a.vna_next, &aux)) aux = UINT64_MAX;
    }
    if (n.vn_next == 0) break;
    if (add_overflow(off, n.vn_next, &off)) off = UINT64_MAX;
  }
  return true;
}

/* .gnu.version and .gnu.version_d: the version names by index, and the
 * version index of every defined symbol checked against them.  A defined
 * symbol may also carry a .gnu.version_r index: a copy-relocated variable
 * (stdout@GLIBC_2.2.5) in a position-independent executable. */
static bool read_versions(Ctx *ctx, InputFile *f, uint32_t vs, uint32_t vd, uint32_t vn, bool quiet) {
  const char *fn = f->display;
  uint64_t needed[(VERSYM_INDEX + 1) / 64] = {0};
  if (vn && !walk_verneed(ctx, f, vn, needed, quiet)) return false;
  if (vd) {
    uint32_t maxndx = 0;
    if (!walk_verdef(ctx, f, vd, NULL, &maxndx, quiet)) return false;
    if (maxndx) {
      f->nvernames = maxndx + 1;
      f->vernames = NEW_ARRAY(ctx, const char *, f->nvernames);
      if (!walk_verdef(ctx, f, vd, f->vernames, &maxndx, quiet)) return false;
    }
  }
  if (!vs) return true;
  const ElfShdr *s = &f->shdrs[vs];
  if (s->sh_size != (uint64_t)f->nsyms * 2)
    BADB("%s: %s: size 0x%llx does not match the %u symbols of %s (expected 0x%llx)", fn, SNAME(vs),
         (unsigned long long)s->sh_size, f->nsyms, SNAME(f->symtab_index), (unsigned long long)f->nsyms * 2);
  if (s->sh_link != f->symtab_index)
    BADB("%s: %s: sh_link %u is not the dynamic symbol table (section #%u)", fn, SNAME(vs), s->sh_link,
         f->symtab_index);
  f->versym = (const U16 *)(f->data + s->sh_offset);
  for (uint32_t i = 0; i < f->nsyms; i++) {
    if (f->esyms[i].st_shndx == SHN_UNDEF) continue;
    uint32_t v = f->versym[i] & VERSYM_INDEX;
    if (v > VER_NDX_GLOBAL && (v >= f->nvernames || !f->vernames[v]) && !(needed[v / 64] >> (v % 64) & 1))
      BADB("%s: %s: symbol #%u (%s) has version index %u, which .gnu.version_d does not define", fn, SNAME(vs), i,
           esym_name(f, i), v);
  }
  return true;
}

/* DT_SONAME and DT_NEEDED of the .dynamic section `dyn` (0: none), up to
 * DT_NULL or the end of the section. */
static bool read_dynamic(Ctx *ctx, InputFile *f, uint32_t dyn, bool quiet) {
  const char *fn = f->display;
  const char *slash = strrchr(f->path, '/');
  f->soname = slash ? slash + 1 : f->path;
  if (!dyn) return true;
  const ElfShdr *s = &f->shdrs[dyn];
  if (s->sh_entsize != sizeof(Elf64_Dyn) || s->sh_size % sizeof(Elf64_Dyn))
    BADB("%s: %s: entry size %llu / size %llu is invalid", fn, SNAME(dyn), (unsigned long long)s->sh_entsize,
         (unsigned long long)s->sh_size);
  const uint8_t *p = f->data + s->sh_offset;
  uint64_t n = s->sh_size / sizeof(Elf64_Dyn), nneeded = 0;
  const char *str = NULL;
  uint64_t strsize = 0;
  bool have_str = link_strtab(f, dyn, &str, &strsize), have_soname = false;
  for (int pass = 0; pass < 2; pass++) {
    for (uint64_t k = 0; k < n; k++) {
      const uint8_t *e = p + k * sizeof(Elf64_Dyn);
      uint64_t tag = rd64(e), val = rd64(e + 8);
      if (tag == DT_NULL) break;
      if (tag != DT_NEEDED && tag != DT_SONAME) continue;
      const char *tn = tag == DT_NEEDED ? "DT_NEEDED" : "DT_SONAME";
      if (!have_str) BADB("%s: %s: sh_link %u is not a string table", fn, SNAME(dyn), s->sh_link);
      if (!cstr_ok(str, strsize, val))
        BADB("%s:(%s+0x%llx): %s name offset 0x%llx is outside the string table", fn, SNAME(dyn),
             (unsigned long long)(k * sizeof(Elf64_Dyn)), tn, (unsigned long long)val);
      if (tag == DT_SONAME && !have_soname) {
        f->soname = str + val;
        have_soname = true;
      }
      if (tag == DT_NEEDED && pass == 0) nneeded++;
      if (tag == DT_NEEDED && pass == 1) f->dt_needed[f->ndt_needed++] = str + val;
    }
    if (pass == 0 && !nneeded) break;
    if (pass == 0) f->dt_needed = NEW_ARRAY(ctx, const char *, nneeded); /* nneeded <= n: bounded by the file */
  }
  return true;
}

/* With `quiet`, a malformed file returns NULL without a message (parsing
 * ahead, before it is known that the file joins the link). */
InputFile *parse_shared(Ctx *ctx, const char *path, const uint8_t *data, size_t size, int priority, bool quiet) {
  InputFile *f = NEW(ctx, InputFile);
  f->path = path;
  f->member = NULL;
  f->display = path;
  f->data = data;
  f->size = size;
  f->priority = priority;
  f->is_dso = true;
  const char *fn = f->display;
  if (!check_headers(ctx, f, quiet)) return NULL;

  uint32_t dynsym = 0, versym = 0, verdef = 0, verneed = 0, dynamic = 0;
  for (uint32_t i = 1; i < f->nsections; i++) {
    uint32_t *slot;
    switch (f->shdrs[i].sh_type) {
    case SHT_DYNSYM: slot = &dynsym; break;
    case SHT_GNU_versym: slot = &versym; break;
    case SHT_GNU_verdef: slot = &verdef; break;
    case SHT_GNU_verneed: slot = &verneed; break;
    case SHT_DYNAMIC: slot = &dynamic; break;
    default: continue;
    }
    if (*slot)
      BAD("%s: %s: second section of type 0x%x (the first is %s)", fn, SNAME(i), f->shdrs[i].sh_type, SNAME(*slot));
    *slot = i;
  }
  if (!dynsym) BAD("%s: has no dynamic symbol table (.dynsym)", fn);
  if (!read_dynsym(ctx, f, dynsym, quiet) || !read_versions(ctx, f, versym, verdef, verneed, quiet) ||
      !read_dynamic(ctx, f, dynamic, quiet))
    return NULL;

  /* name hashes for interning, computed here because this may run in parallel */
  if (f->nsyms > f->first_global) {
    f->sym_hashes = NEW_ARRAY(ctx, uint64_t, f->nsyms - f->first_global);
    for (uint32_t i = f->first_global; i < f->nsyms; i++)
      f->sym_hashes[i - f->first_global] = hash_str(esym_name(f, i));
  }
  f->syms = NEW_ARRAY(ctx, Symbol *, f->nsyms);
  f->sections = NULL;
  return f;
}

const char *dso_sym_version(InputFile *f, uint32_t i, bool *is_default) {
  if (!f->versym || i >= f->nsyms) {
    *is_default = true;
    return NULL;
  }
  uint16_t v = f->versym[i];
  *is_default = !(v & VERSYM_HIDDEN);
  v &= VERSYM_INDEX;
  return v > VER_NDX_GLOBAL && v < f->nvernames ? f->vernames[v] : NULL;
}
