/*
 * object.c - parse and validate one ELF64 x86-64 relocatable object.
 *
 * This is the input layer's wall: every header field, section header,
 * string offset, symbol, group and relocation is checked against the file
 * here, with overflow-checked arithmetic.  A malformed object gets one
 * error line naming the file(member), the section and the offset, and no
 * later pass ever sees it.  Later passes may index sections[], syms[] and
 * section data using values read from the file without further checks.
 *
 * Archive members are only 2-byte aligned in the archive, so the tables
 * read as structs (section headers, symbols, relocations) are used in place
 * through the 1-aligned ElfShdr/ElfSym/ElfRela types; nothing is copied.
 * The serial part (parse_object) checks what symbol resolution needs; the
 * rest (local symbols, relocations) is checked by parse_object_bodies in
 * parallel before any pass reads it.
 */
#include "weld.h"

const char *file_name(InputFile *f) { return f ? f->display : "<internal>"; }

#define BAD(...)                       \
  do {                                 \
    if (!quiet) error(ctx, __VA_ARGS__); \
    return NULL;                       \
  } while (0)

uint32_t esym_shndx(InputFile *f, uint32_t i) {
  const ElfSym *s = &f->esyms[i];
  if (s->st_shndx == SHN_XINDEX) return f->symtab_shndx ? f->symtab_shndx[i] : XSHN(SHN_XINDEX);
  if (s->st_shndx == 0xff02 /* SHN_X86_64_LCOMMON */) return XSHN_COMMON; /* large COMMON: allocated like COMMON */
  if (s->st_shndx >= SHN_LORESERVE) return XSHN(s->st_shndx);
  return s->st_shndx;
}

const char *esym_name(InputFile *f, uint32_t i) { return f->strtab + f->esyms[i].st_name; }

const char *global_name(InputFile *f, uint32_t i) {
  const char *v = f->ver_names ? f->ver_names[i - f->first_global] : NULL;
  return v ? v : esym_name(f, i);
}

bool cstr_ok(const char *tab, uint64_t size, uint64_t off) {
  return off < size && memchr(tab + off, 0, size - off) != NULL;
}

static bool starts_with(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* The properties of a .note.gnu.property section's notes (gABI/x86-64
 * psABI "Program Property"): NT_GNU_PROPERTY_TYPE_0 notes named "GNU",
 * each a list of (type, size, data padded to 8).  Stores up to `max`
 * 4-byte properties in types[]/vals[]; returns how many the notes hold,
 * or -1 if the bytes are not such notes. */
int gnu_properties(const uint8_t *p, uint64_t size, uint32_t *types, uint32_t *vals, int max) {
  int n = 0;
  for (uint64_t off = 0; off < size;) {
    if (size - off < 16) return -1;
    uint32_t namesz = rd32(p + off), descsz = rd32(p + off + 4), type = rd32(p + off + 8);
    if (namesz != 4 || memcmp(p + off + 12, "GNU", 4) || descsz % 8 || descsz > size - off - 16) return -1;
    const uint8_t *d = p + off + 16;
    if (type == NT_GNU_PROPERTY_TYPE_0) {
      for (uint64_t k = 0; k < descsz;) {
        if (descsz - k < 8) return -1;
        uint32_t pt = rd32(d + k), pn = rd32(d + k + 4);
        if (pn > descsz - k - 8) return -1;
        if (pn == 4 && n < max) {
          types[n] = pt;
          vals[n] = rd32(d + k + 8);
        }
        n += pn == 4;
        k += 8 + align_to(pn, 8);
      }
    }
    off += 16 + descsz;
  }
  return n;
}

const char *machine_name(int m) {
  switch (m) {
  case EM_386: return "i386";
  case EM_AARCH64: return "aarch64";
  case EM_ARM: return "arm";
  case EM_RISCV: return "riscv";
  case EM_PPC64: return "ppc64";
  case EM_S390: return "s390";
  default: return NULL;
  }
}

bool reloc_size(uint32_t type, uint32_t *size) {
  switch (type) {
  case R_X86_64_NONE: *size = 0; return true;
  case R_X86_64_8: case R_X86_64_PC8: *size = 1; return true;
  case R_X86_64_16: case R_X86_64_PC16: *size = 2; return true;
  case R_X86_64_64: case R_X86_64_PC64: case R_X86_64_GOTOFF64: case R_X86_64_GOTPC64:
  case R_X86_64_GOT64: case R_X86_64_GOTPCREL64: case R_X86_64_SIZE64: case R_X86_64_DTPOFF64:
  case R_X86_64_TPOFF64: case R_X86_64_GOTPLT64: case R_X86_64_PLTOFF64:
    *size = 8; return true;
  case R_X86_64_PC32: case R_X86_64_PLT32: case R_X86_64_32: case R_X86_64_32S:
  case R_X86_64_GOTPCREL: case R_X86_64_GOTPCRELX: case R_X86_64_REX_GOTPCRELX:
  case R_X86_64_GOTTPOFF: case R_X86_64_TPOFF32: case R_X86_64_TLSGD: case R_X86_64_TLSLD:
  case R_X86_64_DTPOFF32: case R_X86_64_GOTPC32: case R_X86_64_GOT32: case R_X86_64_SIZE32:
  case R_X86_64_GOTPC32_TLSDESC:
    *size = 4; return true;
  case R_X86_64_TLSDESC_CALL: *size = 0; return true;
  default: return false;
  }
}

/* GOT-slot and GOT-relaxing relocations: only allocated sections other
 * than .eh_frame are scanned for them (scan.c), so applying one anywhere
 * else would use a GOT slot that does not exist. */
static bool needs_got_scan(uint32_t type) {
  switch (type) {
  case R_X86_64_GOT32: case R_X86_64_GOTPCREL: case R_X86_64_GOT64: case R_X86_64_GOTPCREL64:
  case R_X86_64_GOTPCRELX: case R_X86_64_REX_GOTPCRELX: case R_X86_64_GOTTPOFF:
    return true;
  default:
    return false;
  }
}

#define BADF(...)                                \
  do {                                           \
    if (!quiet) error_keyed(ctx, (uint64_t)f->priority, __VA_ARGS__); \
    return false;                                \
  } while (0)

static bool check_symbols(Ctx *ctx, InputFile *f, uint32_t from, uint32_t to, bool quiet) {
  const char *fn = f->display;
  uint64_t nsec = f->nsections;
  for (uint32_t i = from; i < to; i++) {
    const ElfSym *s = &f->esyms[i];
    if (!cstr_ok(f->strtab, f->strtab_size, s->st_name))
      BADF("%s: symbol #%u: name offset 0x%x is outside the string table", fn, i, s->st_name);
    if (s->st_shndx == SHN_XINDEX && !f->symtab_shndx)
      BADF("%s: symbol #%u (%s): SHN_XINDEX without an extended section index table", fn, i, esym_name(f, i));
    uint32_t shndx = esym_shndx(f, i);
    if (shndx != SHN_UNDEF && shndx != XSHN_ABS && shndx != XSHN_COMMON && shndx >= nsec)
      BADF("%s: symbol #%u (%s): section index %u is out of range", fn, i, esym_name(f, i), shndx);
    int bind = ELF64_ST_BIND(s->st_info);
    if (i < f->first_global && bind != STB_LOCAL)
      BADF("%s: symbol #%u (%s): non-local symbol in the local part of the symbol table", fn, i, esym_name(f, i));
    if (i >= f->first_global && bind == STB_LOCAL)
      BADF("%s: symbol #%u (%s): local symbol after the first global (sh_info %u)", fn, i, esym_name(f, i), f->first_global);
    if (bind != STB_LOCAL && bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE)
      BADF("%s: symbol #%u (%s): unknown binding %d", fn, i, esym_name(f, i), bind);
    if (shndx == XSHN_COMMON && (s->st_value == 0 || !is_pow2(s->st_value) || s->st_value > (1u << 30)))
      BADF("%s: symbol #%u (%s): COMMON alignment %llu is not a power of two", fn, i, esym_name(f, i),
          (unsigned long long)s->st_value);
    if (shndx == XSHN_COMMON && s->st_size > (1ULL << 40))
      BADF("%s: symbol #%u (%s): COMMON size 0x%llx is too large", fn, i, esym_name(f, i), (unsigned long long)s->st_size);
    if (!strcmp(esym_name(f, i), "__gnu_lto_slim")) f->has_lto = true;
  }
  return true;
}

InputFile *parse_object(Ctx *ctx, const char *path, const char *member, const uint8_t *data,
                        size_t size, int priority) {
  return parse_object_quiet(ctx, path, member, data, size, priority, false);
}

/* With `quiet`, a malformed object returns NULL without a message: used to
 * parse archive members speculatively, before it is known whether they are
 * extracted (the real extraction parses again and reports). */
InputFile *parse_object_quiet(Ctx *ctx, const char *path, const char *member, const uint8_t *data,
                              size_t size, int priority, bool quiet) {
  InputFile *f = NEW(ctx, InputFile);
  f->path = path;
  f->member = member;
  f->display = member ? arena_printf(ctx_arena(ctx), "%s(%s)", path, member) : path;
  f->data = data;
  f->size = size;
  f->priority = priority;
  const char *fn = f->display;

  if (size < sizeof(Elf64_Ehdr)) BAD("%s: file is too small to be an ELF object (%zu bytes)", fn, size);
  Elf64_Ehdr eh;
  memcpy(&eh, data, sizeof(eh));
  if (memcmp(eh.e_ident, ELFMAG, SELFMAG)) BAD("%s: not an ELF file", fn);
  if (eh.e_ident[EI_CLASS] != ELFCLASS64)
    BAD("%s: is a 32-bit ELF object; weld links ELF64 x86-64 only", fn);
  if (eh.e_ident[EI_DATA] != ELFDATA2LSB) BAD("%s: is a big-endian ELF object; weld links x86-64 only", fn);
  if (eh.e_ident[EI_VERSION] != EV_CURRENT) BAD("%s: unknown ELF version %d", fn, eh.e_ident[EI_VERSION]);
  if (eh.e_type == ET_DYN)
    BAD("%s: is a shared object inside an archive; name the shared object on the command line instead", fn);
  if (eh.e_type != ET_REL) BAD("%s: ELF file type %d is not a relocatable object (ET_REL)", fn, eh.e_type);
  if (eh.e_machine != EM_X86_64) {
    const char *m = machine_name(eh.e_machine);
    if (m) BAD("%s: is for %s; weld links x86-64 objects only", fn, m);
    BAD("%s: is for machine %d; weld links x86-64 objects only", fn, eh.e_machine);
  }
  if (eh.e_shoff == 0) BAD("%s: has no section header table", fn);
  if (eh.e_shentsize != sizeof(Elf64_Shdr))
    BAD("%s: e_shentsize is %d, expected %zu", fn, eh.e_shentsize, sizeof(Elf64_Shdr));
  if (!range_ok(eh.e_shoff, sizeof(Elf64_Shdr), size))
    BAD("%s: section header table at offset 0x%llx is outside the file", fn, (unsigned long long)eh.e_shoff);

  Elf64_Shdr sh0;
  memcpy(&sh0, data + eh.e_shoff, sizeof(sh0));
  uint64_t nsec = eh.e_shnum ? eh.e_shnum : sh0.sh_size;
  uint64_t tabsize;
  if (nsec == 0 || mul_overflow(nsec, sizeof(Elf64_Shdr), &tabsize) || !range_ok(eh.e_shoff, tabsize, size))
    BAD("%s: section header table (%llu entries at offset 0x%llx) is outside the file", fn,
        (unsigned long long)nsec, (unsigned long long)eh.e_shoff);
  if (nsec > 0xffffffffULL) BAD("%s: too many sections", fn);
  f->shdrs = (const ElfShdr *)(data + eh.e_shoff); /* 1-aligned type: members are 2-aligned */
  f->nsections = (uint32_t)nsec;
  uint64_t shstrndx = eh.e_shstrndx == SHN_XINDEX ? sh0.sh_link : eh.e_shstrndx;
  if (shstrndx == 0 || shstrndx >= nsec) BAD("%s: section name table index %llu is out of range", fn, (unsigned long long)shstrndx);

  /* pass 1: every section header */
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    if (s->sh_type != SHT_NOBITS && !range_ok(s->sh_offset, s->sh_size, size))
      BAD("%s: section #%u: contents (offset 0x%llx, size 0x%llx) extend past the end of the file (0x%zx bytes)",
          fn, i, (unsigned long long)s->sh_offset, (unsigned long long)s->sh_size, size);
    if (s->sh_addralign > 1 && !is_pow2(s->sh_addralign))
      BAD("%s: section #%u: alignment %llu is not a power of two", fn, i, (unsigned long long)s->sh_addralign);
    if (s->sh_addralign > (1ULL << 30))
      BAD("%s: section #%u: alignment %llu is too large", fn, i, (unsigned long long)s->sh_addralign);
    if (s->sh_type == SHT_NOBITS && s->sh_size > (1ULL << 40))
      BAD("%s: section #%u: size 0x%llx is too large", fn, i, (unsigned long long)s->sh_size);
  }
  const ElfShdr *ss = &f->shdrs[shstrndx];
  if (ss->sh_type != SHT_STRTAB) BAD("%s: section name table (section #%llu) is not a string table", fn, (unsigned long long)shstrndx);
  f->shstrtab = (const char *)data + ss->sh_offset;
  f->shstrtab_size = ss->sh_size;
  for (uint32_t i = 1; i < nsec; i++)
    if (!cstr_ok(f->shstrtab, f->shstrtab_size, f->shdrs[i].sh_name))
      BAD("%s: section #%u: name offset 0x%x is outside the section name table", fn, i, f->shdrs[i].sh_name);

#define SNAME(i) (f->shstrtab + f->shdrs[i].sh_name)

  /* the symbol table */
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    if (s->sh_type == SHT_SYMTAB) {
      if (f->symtab_index) BAD("%s: more than one symbol table", fn);
      if (s->sh_entsize != sizeof(Elf64_Sym) || s->sh_size % sizeof(Elf64_Sym))
        BAD("%s: %s: symbol table entry size %llu / size %llu is invalid", fn, SNAME(i),
            (unsigned long long)s->sh_entsize, (unsigned long long)s->sh_size);
      if (s->sh_link == 0 || s->sh_link >= nsec || f->shdrs[s->sh_link].sh_type != SHT_STRTAB)
        BAD("%s: %s: sh_link %u is not a string table", fn, SNAME(i), s->sh_link);
      f->symtab_index = i;
      f->nsyms = (uint32_t)(s->sh_size / sizeof(Elf64_Sym));
      if (s->sh_size / sizeof(Elf64_Sym) > 0xffffffffULL) BAD("%s: too many symbols", fn);
      f->esyms = (const ElfSym *)(data + s->sh_offset);
      if (s->sh_info > f->nsyms || (f->nsyms && s->sh_info == 0))
        BAD("%s: %s: first global symbol index %u is out of range", fn, SNAME(i), s->sh_info);
      f->first_global = s->sh_info;
      const ElfShdr *st = &f->shdrs[s->sh_link];
      f->strtab = (const char *)data + st->sh_offset;
      f->strtab_size = st->sh_size;
    }
  }
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    if (s->sh_type == SHT_SYMTAB_SHNDX) {
      if (s->sh_link != f->symtab_index || !f->symtab_index)
        BAD("%s: %s: SHT_SYMTAB_SHNDX does not refer to the symbol table", fn, SNAME(i));
      if (s->sh_size < (uint64_t)f->nsyms * 4)
        BAD("%s: %s: extended section index table is too small", fn, SNAME(i));
      f->symtab_shndx = (const U32 *)(data + s->sh_offset);
    }
  }

  /* global symbols now (resolution needs them); locals in parse_object_body */
  if (!check_symbols(ctx, f, f->first_global ? f->first_global : 1, f->nsyms, quiet)) return NULL;
  /* name hashes for interning, computed here because this may run in parallel */
  if (f->nsyms > f->first_global && f->first_global) {
    f->sym_hashes = NEW_ARRAY(ctx, uint64_t, f->nsyms - f->first_global);
    for (uint32_t i = f->first_global; i < f->nsyms; i++) {
      const char *name = esym_name(f, i);
      size_t n = strlen(name);
      const char *at = memchr(name, '@', n);
      if (at && at[1] == '@' && f->esyms[i].st_shndx != SHN_UNDEF) { /* foo@@V answers foo */
        if (!f->ver_names) f->ver_names = NEW_ARRAY(ctx, const char *, f->nsyms - f->first_global);
        n = (size_t)(at - name);
        f->ver_names[i - f->first_global] = arena_strndup(ctx_arena(ctx), name, n);
      }
      f->sym_hashes[i - f->first_global] = hash_bytes(name, n);
    }
  }
  if (f->has_lto)
    BAD("%s: contains GCC LTO bytecode only (-flto); weld does not do link-time optimisation: "
        "rebuild without -flto, or with -ffat-lto-objects", fn);

  /* sections we keep */
  f->sections = NEW_ARRAY(ctx, InputSection *, nsec);
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    const char *name = SNAME(i);
    switch (s->sh_type) {
    case SHT_NULL: case SHT_SYMTAB: case SHT_STRTAB: case SHT_RELA: case SHT_GROUP:
    case SHT_SYMTAB_SHNDX:
      continue;
    case SHT_REL:
      BAD("%s: %s: SHT_REL relocations are not used on x86-64 (expected SHT_RELA)", fn, name);
    case SHT_DYNAMIC: case SHT_DYNSYM: case SHT_HASH: case SHT_GNU_HASH:
      BAD("%s: %s: dynamic-linking section in a relocatable object", fn, name);
    default:
      break;
    }
    if (!strcmp(name, ".note.GNU-stack")) {
      if (s->sh_flags & SHF_EXECINSTR) f->has_execstack_note = true;
      else f->has_noexecstack_note = true;
      continue;
    }
    if (!strcmp(name, ".note.gnu.property")) {
      /* merged over all inputs into one note (synth.c), as GNU ld does */
      const uint8_t *p = data + s->sh_offset;
      if (s->sh_type != SHT_NOTE || gnu_properties(p, s->sh_size, NULL, NULL, 0) < 0)
        BAD("%s: .note.gnu.property: malformed property note (offset 0x%llx, size 0x%llx)", fn,
            (unsigned long long)s->sh_offset, (unsigned long long)s->sh_size);
      f->prop_note = p;
      f->prop_size = s->sh_size;
      continue;
    }
    if (starts_with(name, ".gnu.lto_") ||
        starts_with(name, ".gnu.warning") || s->sh_type == 0x6fff4c03 /* SHT_LLVM_ADDRSIG */ ||
        starts_with(name, ".llvm_addrsig") || !strcmp(name, ".gnu_debuglink") ||
        ((s->sh_flags & SHF_EXCLUDE) && !(s->sh_flags & SHF_ALLOC)))
      continue;
    if (!(s->sh_flags & SHF_ALLOC)) {
      /* what bfd calls debugging sections (SEC_DEBUGGING): -S and -s drop them */
      bool dbg = starts_with(name, ".debug") || starts_with(name, ".gnu.debuglto_.debug_") ||
                 starts_with(name, ".gnu.linkonce.wi.") || starts_with(name, ".zdebug") ||
                 starts_with(name, ".line") || starts_with(name, ".stab") || !strcmp(name, ".gdb_index");
      if (dbg && (ctx->opt.strip_debug || ctx->opt.strip_all)) continue;
      if (s->sh_type != SHT_PROGBITS && s->sh_type != SHT_NOTE) continue;
    }
    InputSection *is = NEW(ctx, InputSection);
    is->file = f;
    is->name = name;
    is->shndx = i;
    is->type = s->sh_type;
    is->flags = s->sh_flags & ~(uint64_t)SHF_GROUP;
    is->size = s->sh_size;
    is->data = s->sh_type == SHT_NOBITS ? NULL : data + s->sh_offset;
    is->p2align = s->sh_addralign > 1 ? (uint32_t)__builtin_ctzll(s->sh_addralign) : 0;
    is->entsize = (uint32_t)MIN(s->sh_entsize, 0xffffffffULL);
    atomic_init(&is->alive, true);
    if (!strcmp(name, ".eh_frame") || s->sh_type == SHT_X86_64_UNWIND) {
      if (s->sh_type == SHT_NOBITS)
        BAD("%s: %s: section #%u is SHT_NOBITS, but unwind tables need contents", fn, name, i);
      is->is_ehframe = true;
      is->type = SHT_PROGBITS;
      /* no gaps between .eh_frame contributions: a zero word in a gap would
       * read as the terminator to an unwinder walking the records */
      if (is->p2align > 2) is->p2align = 2;
    }
    f->sections[i] = is;
  }

  f->syms = NEW_ARRAY(ctx, Symbol *, f->nsyms ? f->nsyms : 1);

  /* COMDAT and other groups: validate now, decide later (resolve_comdat) */
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    if (s->sh_type != SHT_GROUP) continue;
    if (s->sh_link != f->symtab_index || s->sh_info >= f->nsyms || s->sh_info == 0)
      BAD("%s: %s: group signature symbol #%u is invalid", fn, SNAME(i), s->sh_info);
    if (!cstr_ok(f->strtab, f->strtab_size, f->esyms[s->sh_info].st_name))
      BAD("%s: %s: group signature symbol #%u has a name outside the string table", fn, SNAME(i), s->sh_info);
    if (s->sh_size < 4 || s->sh_size % 4) BAD("%s: %s: group section size %llu is invalid", fn, SNAME(i), (unsigned long long)s->sh_size);
    const uint8_t *g = data + s->sh_offset;
    for (uint64_t k = 1; k < s->sh_size / 4; k++) {
      uint32_t m = rd32(g + 4 * k);
      if (m == 0 || m >= nsec)
        BAD("%s: %s: group member section #%u is out of range (at offset 0x%llx)", fn, SNAME(i), m,
            (unsigned long long)(4 * k));
    }
    if (rd32(g) & GRP_COMDAT) f->ncomdats++;
  }
  /* the COMDAT groups with their signatures hashed, for the serial
   * resolve_comdat */
  if (f->ncomdats) {
    f->comdats = NEW_ARRAY(ctx, FileComdat, f->ncomdats);
    uint32_t n = 0;
    for (uint32_t i = 1; i < nsec; i++) {
      const ElfShdr *s = &f->shdrs[i];
      if (s->sh_type != SHT_GROUP || !(rd32(data + s->sh_offset) & GRP_COMDAT)) continue;
      const ElfSym *sig = &f->esyms[s->sh_info];
      const char *name = esym_name(f, s->sh_info);
      /* a section-symbol signature names the group by its section's name */
      if (ELF64_ST_TYPE(sig->st_info) == STT_SECTION && esym_shndx(f, s->sh_info) < f->nsections)
        name = f->shstrtab + f->shdrs[esym_shndx(f, s->sh_info)].sh_name;
      bool by_symbol = ELF64_ST_TYPE(sig->st_info) != STT_SECTION && s->sh_info >= f->first_global;
      f->comdats[n++] = (FileComdat){data + s->sh_offset, (uint32_t)(s->sh_size / 4), name, hash_str(name),
                                     by_symbol ? s->sh_info : 0, NULL};
    }
  }
  return f;
}

/* The parts of an object that symbol resolution does not need: local
 * symbols and relocations.  Runs in parallel over all loaded files after
 * the inputs are read, before any pass looks at relocations. */
static bool parse_body(Ctx *ctx, InputFile *f, bool quiet) {
  const char *fn = f->display;
  uint32_t nsec = f->nsections;
  const uint8_t *data = f->data;
  if (f->nsyms && !check_symbols(ctx, f, 0, f->first_global ? f->first_global : 1, quiet)) return false;
  /* relocations */
  for (uint32_t i = 1; i < nsec; i++) {
    const ElfShdr *s = &f->shdrs[i];
    if (s->sh_type != SHT_RELA) continue;
    if (s->sh_info == 0 || s->sh_info >= nsec)
      BADF("%s: %s: relocated section index %u is out of range", fn, SNAME(i), s->sh_info);
    if (s->sh_entsize != sizeof(Elf64_Rela) || s->sh_size % sizeof(Elf64_Rela))
      BADF("%s: %s: relocation entry size %llu / size %llu is invalid", fn, SNAME(i),
          (unsigned long long)s->sh_entsize, (unsigned long long)s->sh_size);
    InputSection *target = f->sections[s->sh_info];
    if (!target) continue;
    if (s->sh_link != f->symtab_index)
      BADF("%s: %s: sh_link %u is not the symbol table", fn, SNAME(i), s->sh_link);
    if (target->rels) BADF("%s: %s: second relocation section for %s", fn, SNAME(i), target->name);
    uint64_t n = s->sh_size / sizeof(Elf64_Rela);
    if (n > 0xffffffffULL) BADF("%s: %s: too many relocations", fn, SNAME(i));
    const ElfRela *rels = (const ElfRela *)(data + s->sh_offset);
    for (uint64_t k = 0; k < n; k++) {
      uint32_t sym = (uint32_t)ELF64_R_SYM(rels[k].r_info);
      uint32_t type = (uint32_t)ELF64_R_TYPE(rels[k].r_info);
      uint32_t rsz;
      if (ELF64_R_SYM(rels[k].r_info) >= f->nsyms)
        BADF("%s:(%s+0x%llx): relocation #%llu refers to symbol #%llu, but there are %u symbols", fn,
            target->name, (unsigned long long)rels[k].r_offset, (unsigned long long)k,
            (unsigned long long)ELF64_R_SYM(rels[k].r_info), f->nsyms);
      if (!reloc_size(type, &rsz))
        BADF("%s:(%s+0x%llx): unsupported relocation type %u (%s)", fn, target->name,
            (unsigned long long)rels[k].r_offset, type, reloc_name(type));
      if (target->type != SHT_NOBITS && !range_ok(rels[k].r_offset, rsz, target->size))
        BADF("%s:(%s+0x%llx): relocation %s is outside the section (size 0x%llx)", fn, target->name,
            (unsigned long long)rels[k].r_offset, reloc_name(type), (unsigned long long)target->size);
      if (target->type == SHT_NOBITS && type != R_X86_64_NONE)
        BADF("%s:(%s+0x%llx): relocation %s applies to a section without contents", fn, target->name,
            (unsigned long long)rels[k].r_offset, reloc_name(type));
      if ((!(target->flags & SHF_ALLOC) || target->is_ehframe) && needs_got_scan(type))
        BADF("%s:(%s+0x%llx): relocation %s is not supported in %s", fn, target->name,
            (unsigned long long)rels[k].r_offset, reloc_name(type),
            target->is_ehframe ? ".eh_frame" : "a non-allocated section");
      (void)sym;
    }
    target->rels = rels;
    target->nrels = (uint32_t)n;
  }

  /* local symbols: owned by the file */
  f->local_syms = NEW_ARRAY(ctx, Symbol, f->first_global ? f->first_global : 1);
  for (uint32_t i = 0; i < f->first_global; i++) {
    const ElfSym *es = &f->esyms[i];
    Symbol *s = &f->local_syms[i];
    s->name = esym_name(f, i);
    s->file = f;
    s->esym = i;
    s->value = es->st_value;
    s->size = es->st_size;
    s->type = ELF64_ST_TYPE(es->st_info);
    s->bind = STB_LOCAL;
    s->is_local = true;
    s->kind = SK_DEFINED;
    uint32_t shndx = esym_shndx(f, i);
    if (shndx != SHN_UNDEF && shndx < nsec) s->isec = f->sections[shndx];
    f->syms[i] = s;
  }

  return true;
}

static void body_one(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  if (!f->body_done) {
    f->body_done = true;
    parse_body(ctx, f, false);
  }
}

/* The body of a file parsed ahead, before it is known to join the link: no
 * messages, and a failure undone so that parse_object_bodies parses it
 * again (and reports) if it joins. */
void parse_body_ahead(Ctx *ctx, InputFile *f) {
  if (f->body_done) return;
  if (parse_body(ctx, f, true)) {
    f->body_done = true;
    return;
  }
  for (uint32_t k = 1; k < f->nsections; k++)
    if (f->sections[k]) {
      f->sections[k]->rels = NULL;
      f->sections[k]->nrels = 0;
    }
  f->local_syms = NULL;
}

void parse_object_bodies(Ctx *ctx) { par_for(ctx, ctx->files.len, 4, body_one, NULL); }

/* Decides each COMDAT group of a file joining the link.  Files join in
 * priority order, so the first instance seen is the lowest-priority one and
 * wins; later instances' sections are discarded. */
void comdat_reserve(Ctx *ctx, uint64_t more) {
  uint64_t want = ctx->comdat_count + more + 1;
  if (want * 2 <= ctx->comdat_cap) return;
  uint64_t ncap = ctx->comdat_cap ? ctx->comdat_cap : 1024;
  while (want * 2 > ncap) ncap *= 2;
  ComdatSlot *nt = table_alloc(ncap * sizeof(ComdatSlot));
  if (!nt) fatal(ctx, "out of memory growing the COMDAT table");
  for (uint64_t k = 0; k < ctx->comdat_cap; k++) {
    ComdatSlot *e = &ctx->comdats[k];
    if (!e->group) continue;
    uint64_t j = e->hash & (ncap - 1);
    while (nt[j].group) j = (j + 1) & (ncap - 1);
    nt[j] = *e;
  }
  table_free(ctx->comdats, ctx->comdat_cap * sizeof(ComdatSlot));
  ctx->comdats = nt;
  ctx->comdat_cap = ncap;
}

void resolve_comdat(Ctx *ctx, InputFile *f) {
  if (f->ncomdats) comdat_reserve(ctx, f->ncomdats);
  for (uint32_t gi = 0; gi < f->ncomdats; gi++) {
    FileComdat *fc = &f->comdats[gi];
    /* a signature that is a global symbol interned already: one name,
     * one Symbol, so pointers compare the names */
    Symbol *key = fc->sig_sym ? f->syms[fc->sig_sym] : NULL;
    uint64_t j = fc->hash & (ctx->comdat_cap - 1);
    ComdatSlot *e;
    for (;; j = (j + 1) & (ctx->comdat_cap - 1)) {
      e = &ctx->comdats[j];
      if (!e->group) break;
      if (e->hash != fc->hash) continue;
      if (key && e->group->key ? key == e->group->key : !strcmp(e->group->sig, fc->sig)) break;
    }
    if (!e->group) {
      ComdatGroup *c = NEW(ctx, ComdatGroup);
      c->sig = fc->sig;
      c->key = key;
      c->owner = f;
      c->index = gi;
      e->hash = fc->hash;
      e->group = c;
      ctx->comdat_count++;
      continue;
    }
    if (e->group->owner == f) continue;
    fc->lost_to = e->group;
    f->lost_comdat = true;
    for (uint32_t k = 1; k < fc->nwords; k++) {
      InputSection *m = f->sections[rd32(fc->words + 4 * k)];
      if (m) {
        atomic_store(&m->alive, false);
        m->comdat_lost = 1;
      }
    }
  }
}

bool is_debug_section_name(const char *n) {
  return starts_with(n, ".debug") || starts_with(n, ".gnu.debuglto_.debug_") || starts_with(n, ".gnu.linkonce.wi.") ||
         starts_with(n, ".zdebug") || starts_with(n, ".line") || starts_with(n, ".stab") || !strcmp(n, ".gdb_index");
}

/* ---------------------------------------------- the kept COMDAT members
 *
 * GNU ld lets a debug section of a discarded COMDAT instance keep pointing
 * at code: a relocation against a local symbol (a section symbol, mostly)
 * of a discarded member is applied against the winner's member that
 * matches it (elflink.c, "pretend that the symbol is really defined in the
 * kept linkonce section"): the first member of the winning group with the
 * same section type and the same set of defined symbols other than section
 * symbols (name, st_info, st_other: bfd_elf_match_symbols_in_sections;
 * found by experiment with GNU ld 2.40), if it also has the same
 * size; otherwise none, and the reference gets a tombstone (reloc.c).
 * Symbol sets are compared by an order-independent hash and their count. */

static uint64_t sym_mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

static bool has_debug_relocs(InputFile *f) {
  for (uint32_t k = 1; k < f->nsections; k++) {
    InputSection *is = f->sections[k];
    if (is && is->nrels && !(is->flags & SHF_ALLOC) && is_debug_section_name(is->name)) return true;
  }
  return false;
}

static void want_one(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  f->want_symhash = f->lost_comdat && has_debug_relocs(f);
}

static void symhash_one(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  if (!f->want_symhash) return;
  f->sec_symhash = NEW_ARRAY(ctx, uint64_t, f->nsections);
  f->sec_symcount = NEW_ARRAY(ctx, uint32_t, f->nsections);
  memset(f->sec_symhash, 0, f->nsections * sizeof(uint64_t));
  memset(f->sec_symcount, 0, f->nsections * sizeof(uint32_t));
  for (uint32_t k = 1; k < f->nsyms; k++) {
    uint32_t shndx = esym_shndx(f, k);
    if (shndx == 0 || shndx >= f->nsections) continue;
    const ElfSym *es = &f->esyms[k];
    if (ELF64_ST_TYPE(es->st_info) == STT_SECTION) continue; /* gas emits them only where relocations need them */
    uint64_t h = hash_str(esym_name(f, k)) ^ sym_mix((uint64_t)es->st_info << 8 | es->st_other);
    f->sec_symhash[shndx] += sym_mix(h);
    f->sec_symcount[shndx]++;
  }
}

static void kept_one(Ctx *ctx, void *arg, size_t i) {
  (void)arg;
  InputFile *f = ctx->files.data[i];
  if (!f->want_symhash || !f->lost_comdat) return;
  f->comdat_kept = NEW_ARRAY(ctx, InputSection *, f->nsections);
  memset(f->comdat_kept, 0, f->nsections * sizeof(InputSection *));
  for (uint32_t gi = 0; gi < f->ncomdats; gi++) {
    FileComdat *fc = &f->comdats[gi];
    if (!fc->lost_to) continue;
    InputFile *w = fc->lost_to->owner;
    FileComdat *wc = &w->comdats[fc->lost_to->index];
    for (uint32_t k = 1; k < fc->nwords; k++) {
      uint32_t m = rd32(fc->words + 4 * k);
      if (!f->sections[m] || !f->sec_symcount[m]) continue;
      for (uint32_t j = 1; j < wc->nwords; j++) {
        uint32_t c = rd32(wc->words + 4 * j);
        if (w->shdrs[c].sh_type != f->shdrs[m].sh_type || w->sec_symcount[c] != f->sec_symcount[m] ||
            w->sec_symhash[c] != f->sec_symhash[m])
          continue;
        if (w->shdrs[c].sh_size == f->shdrs[m].sh_size) f->comdat_kept[m] = w->sections[c];
        break;
      }
    }
  }
}

void match_kept_sections(Ctx *ctx) {
  par_for(ctx, ctx->files.len, 16, want_one, NULL);
  /* the winners of the groups those files lost: their members' symbols too */
  bool any = false;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    if (!f->want_symhash || !f->lost_comdat) continue;
    any = true;
    for (uint32_t gi = 0; gi < f->ncomdats; gi++)
      if (f->comdats[gi].lost_to) f->comdats[gi].lost_to->owner->want_symhash = true;
  }
  if (!any) return;
  par_for(ctx, ctx->files.len, 4, symhash_one, NULL);
  par_for(ctx, ctx->files.len, 4, kept_one, NULL);
}
