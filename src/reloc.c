/*
 * reloc.c - symbol addresses and the application of x86-64 relocations
 * while a section's bytes are copied into the output.
 *
 * Names follow the x86-64 psABI (section 4.4): S is the symbol's address,
 * A the addend, P the address of the place, G the GOT slot's address, GOT
 * the address of _GLOBAL_OFFSET_TABLE_, Z the symbol's size, TP the thread
 * pointer (the aligned end of the TLS block).  Every written field is range
 * checked; overflow is an error naming the place, the symbol and the type.
 *
 * What to do with each relocation was decided by the scan (scan.c's action
 * table, stored in InputSection.actions); this file carries it out: the
 * type's formula, a PLT entry, a GOT slot, or a relaxation (psABI appendix
 * B "TLS" and "Optimize GOTPCRELX"): GOTPCRELX mov/call/jmp become direct;
 * TLS GD, LD, TLSDESC and (when the instruction allows) IE become local
 * exec, or GD and TLSDESC initial exec against an imported symbol.
 */
#include "weld.h"

const char *reloc_name(uint32_t type) {
  static const char *const names[] = {
      "R_X86_64_NONE", "R_X86_64_64", "R_X86_64_PC32", "R_X86_64_GOT32", "R_X86_64_PLT32",
      "R_X86_64_COPY", "R_X86_64_GLOB_DAT", "R_X86_64_JUMP_SLOT", "R_X86_64_RELATIVE", "R_X86_64_GOTPCREL",
      "R_X86_64_32", "R_X86_64_32S", "R_X86_64_16", "R_X86_64_PC16", "R_X86_64_8", "R_X86_64_PC8",
      "R_X86_64_DTPMOD64", "R_X86_64_DTPOFF64", "R_X86_64_TPOFF64", "R_X86_64_TLSGD", "R_X86_64_TLSLD",
      "R_X86_64_DTPOFF32", "R_X86_64_GOTTPOFF", "R_X86_64_TPOFF32", "R_X86_64_PC64", "R_X86_64_GOTOFF64",
      "R_X86_64_GOTPC32", "R_X86_64_GOT64", "R_X86_64_GOTPCREL64", "R_X86_64_GOTPC64", "R_X86_64_GOTPLT64",
      "R_X86_64_PLTOFF64", "R_X86_64_SIZE32", "R_X86_64_SIZE64", "R_X86_64_GOTPC32_TLSDESC",
      "R_X86_64_TLSDESC_CALL", "R_X86_64_TLSDESC", "R_X86_64_IRELATIVE", "R_X86_64_RELATIVE64",
      "R_X86_64_39", "R_X86_64_40", "R_X86_64_GOTPCRELX", "R_X86_64_REX_GOTPCRELX",
  };
  if (type < ARRAY_SIZE(names)) return names[type];
  return "unknown";
}

uint64_t isec_addr(InputSection *is, uint64_t off) {
  if (is->merged && is->file) {
    InputSection *m = is->merged->isec;
    return m->osec->addr + m->offset + merge_offset(is, off);
  }
  if (!is->osec) return 0;
  if (is->is_ehframe && is->rec_in) {
    uint64_t o = ehframe_offset(is, off);
    if (o != UINT64_MAX) off = o;
  }
  return is->osec->addr + is->offset + off;
}

uint64_t sym_real_addr(Ctx *ctx, Symbol *s) {
  (void)ctx;
  if (s->synthetic) return s->value;
  /* an import has an address here only when it was copied */
  if (!sym_is_defined(s) && !(sym_is_imported(s) && s->isec)) return 0;
  if (!s->isec) return s->value;
  return isec_addr(s->isec, s->value);
}

uint64_t sym_addr(Ctx *ctx, Symbol *s) {
  int32_t plt = sym_plt(ctx, s);
  if (plt >= 0) return isec_addr(ctx->iplt, 16ULL * (uint64_t)plt);
  if (sym_is_imported(s) && (atomic_load_explicit(&s->needs, memory_order_relaxed) & NEEDS_CPLT))
    return plt_entry_addr(ctx, s);
  return sym_real_addr(ctx, s);
}

/* ------------------------------------------------------------ checks */

typedef struct {
  Ctx *ctx;
  InputSection *is;
  const ElfRela *rel;
  Symbol *sym;
} Site;

static void overflow(Site *st, int64_t v, int64_t lo, int64_t hi) {
  InputSection *is = st->is;
  uint32_t type = (uint32_t)ELF64_R_TYPE(st->rel->r_info);
  error_keyed(st->ctx, ((uint64_t)is->file->priority << 32) | is->shndx,
              "%s:(%s+0x%llx): relocation %s out of range: %lld is not in [%lld, %lld]; references '%s'%s",
              file_name(is->file), is->name, (unsigned long long)st->rel->r_offset, reloc_name(type), (long long)v,
              (long long)lo, (long long)hi, st->sym->name[0] ? st->sym->name : "(section)",
              type == R_X86_64_32 || type == R_X86_64_32S ? " (compile with -fPIC or -mcmodel=large, or keep the symbol below 2 GiB)" : "");
}

static void put8s(Site *st, uint8_t *p, int64_t v) {
  if (v < -128 || v > 255) overflow(st, v, -128, 255);
  *p = (uint8_t)v;
}
static void put16s(Site *st, uint8_t *p, int64_t v) {
  if (v < -32768 || v > 65535) overflow(st, v, -32768, 65535);
  wr16(p, (uint16_t)v);
}
static void put32s(Site *st, uint8_t *p, int64_t v) {
  if (v != (int32_t)v) overflow(st, v, INT32_MIN, INT32_MAX);
  wr32(p, (uint32_t)v);
}
static void put32u(Site *st, uint8_t *p, uint64_t v) {
  if (v > UINT32_MAX) overflow(st, (int64_t)v, 0, UINT32_MAX);
  wr32(p, (uint32_t)v);
}

static void bad_tls(Site *st, const char *what) {
  InputSection *is = st->is;
  error_keyed(st->ctx, ((uint64_t)is->file->priority << 32) | is->shndx,
              "%s:(%s+0x%llx): %s: unrecognised instruction sequence for %s; cannot relax TLS access to '%s'",
              file_name(is->file), is->name, (unsigned long long)st->rel->r_offset,
              reloc_name((uint32_t)ELF64_R_TYPE(st->rel->r_info)), what, st->sym->name);
}

/* ------------------------------------------------------------- apply */

/* A symbol's address and whether its section was discarded, computed once
 * instead of at each of its relocations (which would each chase the
 * symbol's section and output section). */
static void fix_addr(Ctx *ctx, Symbol *s) {
  InputSection *ts = s->isec;
  s->dead = ts && !atomic_load(&ts->alive) && !s->synthetic;
  s->addr = s->dead ? 0 : sym_addr(ctx, s);
  s->in_merged = s->is_local && s->type == STT_SECTION && ts && ts->merged;
  s->addr_fixed = true;
}

static void fix_file_addrs(Ctx *ctx, void *arg, size_t i) {
  InputFile *f = ctx->files.data[i];
  if (f->local_syms)
    for (uint32_t k = 0; k < f->first_global; k++) fix_addr(ctx, &f->local_syms[k]);
}

static void fix_global_addrs(Ctx *ctx, void *arg, size_t i) {
  uint64_t end = MIN((uint64_t)(i + 1) * 4096, ctx->syms_len);
  for (uint64_t k = (uint64_t)i * 4096; k < end; k++) fix_addr(ctx, ctx->syms_list[k]);
}

void fix_symbol_addresses(Ctx *ctx) {
  par_for(ctx, ctx->files.len, 16, fix_file_addrs, NULL);
  par_for(ctx, (ctx->syms_len + 4095) / 4096, 1, fix_global_addrs, NULL);
}

/* S of a relocation against a live symbol; a section symbol of a merged
 * string section takes the addend to select the string (A becomes 0). */
static uint64_t target_value(Symbol *sym, int64_t *A) {
  if (!sym->in_merged) return sym->addr;
  uint64_t S = isec_addr(sym->isec, sym->value + (uint64_t)*A);
  *A = 0;
  return S;
}

uint64_t reloc_sa(Ctx *ctx, InputSection *is, const ElfRela *rel) {
  Symbol *sym = is->file->syms[ELF64_R_SYM(rel->r_info)], fixed;
  if (!sym->addr_fixed) {
    fixed = *sym;
    fix_addr(ctx, &fixed);
    sym = &fixed;
  }
  int64_t A = rel->r_addend;
  uint64_t S = target_value(sym, &A);
  return S + (uint64_t)A;
}

/* A reference to a discarded section, as GNU ld handles it (elflink.c,
 * elf_action_discarded): from a debug section, against a local symbol of a
 * losing COMDAT member that has a kept counterpart (object.c:
 * match_kept_sections), it is applied to the counterpart (*S is set, and
 * false returned); otherwise debug sections, .eh_frame and
 * .gcc_except_table get a tombstone: 0, or 1 in .debug_ranges, where 0
 * would end the range list (bfd's _bfd_clear_contents).  Anything else is
 * an error: GNU ld's "defined in discarded section" (a non-allocated,
 * non-debug section only when COMDAT discarded the target; weld's gc keeps
 * such sections, where GNU ld's drops them). */
static bool dead_target(Ctx *ctx, InputSection *is, const ElfRela *rel, Symbol *sym, uint8_t *loc, uint64_t *S) {
  uint32_t type = (uint32_t)ELF64_R_TYPE(rel->r_info), size = 0;
  InputSection *ts = sym->isec;
  bool debug = !(is->flags & SHF_ALLOC) && is_debug_section_name(is->name);
  if (debug && sym->is_local && ts->file && ts->file->comdat_kept) {
    InputSection *kept = ts->file->comdat_kept[ts->shndx];
    if (kept && atomic_load(&kept->alive)) {
      *S = isec_addr(kept, sym->value);
      return false;
    }
  }
  if (debug || is->is_ehframe_out || !strcmp(is->name, ".gcc_except_table") ||
      (!(is->flags & SHF_ALLOC) && !ts->comdat_lost)) {
    uint64_t v = !strcmp(is->name, ".debug_ranges") ? 1 : 0;
    if (reloc_size(type, &size) && size)
      for (uint32_t k = 0; k < size; k++) loc[k] = k == 0 ? (uint8_t)v : 0;
    return true;
  }
  error_keyed(ctx, ((uint64_t)is->file->priority << 32) | is->shndx,
              "%s:(%s+0x%llx): relocation refers to '%s' in discarded section %s", file_name(is->file), is->name,
              (unsigned long long)rel->r_offset, sym->name[0] ? sym->name : ts->name, ts->name);
  return true;
}

/* The type's own formula with S + A (RA_DIRECT, and the value part of the
 * dynamic-relocation actions). */
static void apply_direct(Site *st, uint8_t *loc, uint64_t S, int64_t A, uint64_t P) {
  Ctx *ctx = st->ctx;
  uint32_t type = (uint32_t)ELF64_R_TYPE(st->rel->r_info);
  uint64_t SA = S + (uint64_t)A;
  switch (type) {
  case R_X86_64_64: wr64(loc, SA); break;
  case R_X86_64_32: put32u(st, loc, SA); break;
  case R_X86_64_32S: put32s(st, loc, (int64_t)SA); break;
  case R_X86_64_16: put16s(st, loc, (int64_t)SA); break;
  case R_X86_64_8: put8s(st, loc, (int64_t)SA); break;
  case R_X86_64_PC32:
  case R_X86_64_PLT32: put32s(st, loc, (int64_t)(SA - P)); break;
  case R_X86_64_PC16: put16s(st, loc, (int64_t)(SA - P)); break;
  case R_X86_64_PC8: put8s(st, loc, (int64_t)(SA - P)); break;
  case R_X86_64_PC64: wr64(loc, SA - P); break;
  case R_X86_64_SIZE32: put32u(st, loc, st->sym->size + (uint64_t)A); break;
  case R_X86_64_SIZE64: wr64(loc, st->sym->size + (uint64_t)A); break;
  case R_X86_64_GOTPC32: put32s(st, loc, (int64_t)(ctx->got_base + (uint64_t)A - P)); break;
  case R_X86_64_GOTPC64: wr64(loc, ctx->got_base + (uint64_t)A - P); break;
  case R_X86_64_GOTOFF64:
  case R_X86_64_PLTOFF64: wr64(loc, SA - ctx->got_base); break;
  case R_X86_64_TPOFF32: put32s(st, loc, (int64_t)(SA - ctx->tp_addr)); break;
  case R_X86_64_TPOFF64: wr64(loc, SA - ctx->tp_addr); break;
  /* module-relative: debug info, and the dynamic TLS models */
  case R_X86_64_DTPOFF32: put32s(st, loc, (int64_t)(SA - ctx->tls_begin)); break;
  case R_X86_64_DTPOFF64: wr64(loc, SA - ctx->tls_begin); break;
  default:
    error_keyed(ctx, ((uint64_t)st->is->file->priority << 32) | st->is->shndx,
                "%s:(%s+0x%llx): unsupported relocation %s (%u)", file_name(st->is->file), st->is->name,
                (unsigned long long)st->rel->r_offset, reloc_name(type), type);
  }
}

/* Through a GOT slot at address G. */
static void apply_got(Site *st, uint8_t *loc, uint64_t G, int64_t A, uint64_t P) {
  uint64_t GOT = st->ctx->got_base;
  switch (ELF64_R_TYPE(st->rel->r_info)) {
  case R_X86_64_GOT32: put32s(st, loc, (int64_t)(G + (uint64_t)A - GOT)); break;
  case R_X86_64_GOT64:
  case R_X86_64_GOTPLT64: wr64(loc, G + (uint64_t)A - GOT); break;
  case R_X86_64_GOTPCREL64: wr64(loc, G + (uint64_t)A - P); break;
  default: put32s(st, loc, (int64_t)(G + (uint64_t)A - P)); break; /* GOTPCREL[X], GOTTPOFF */
  }
}

/* GOTPCRELX whose instruction the scan found relaxable (psABI B.2). */
static void relax_gotpcrelx(Site *st, uint8_t *loc, uint64_t SA, uint64_t P) {
  if (loc[-2] == 0x8b) {
    loc[-2] = 0x8d; /* mov foo@GOTPCREL(%rip) -> lea foo(%rip) */
    put32s(st, loc, (int64_t)(SA - P));
  } else if (loc[-1] == 0x15) {
    loc[-2] = 0x67; /* call *foo@GOTPCREL(%rip) -> addr32 call foo */
    loc[-1] = 0xe8;
    put32s(st, loc, (int64_t)(SA - P));
  } else {
    loc[-2] = 0xe9; /* jmp *foo@GOTPCREL(%rip) -> jmp foo; nop */
    put32s(st, loc - 1, (int64_t)(SA - P + 1));
    loc[3] = 0x90;
  }
}

/* data16 lea x@tlsgd(%rip),%rdi; data16 data16 rex.W call __tls_get_addr
 * (or the call *__tls_get_addr@GOTPCREL(%rip) form): 16 bytes from loc-4.
 * Returns false if the bytes are not that sequence. */
static bool tls_gd_sequence(InputSection *is, const ElfRela *rel, const uint8_t *loc) {
  bool ok = rel->r_offset >= 4 && rel->r_offset + 12 <= is->size && loc[-4] == 0x66 && loc[-3] == 0x48 &&
            loc[-2] == 0x8d && loc[-1] == 0x3d;
  bool plt = ok && loc[4] == 0x66 && loc[5] == 0x66 && loc[6] == 0x48 && loc[7] == 0xe8;
  bool got = ok && loc[4] == 0x66 && loc[5] == 0x48 && loc[6] == 0xff && loc[7] == 0x15;
  return plt || got;
}

static void apply_tls(Site *st, uint8_t action, uint8_t *loc, uint64_t S, int64_t A, uint64_t P) {
  Ctx *ctx = st->ctx;
  InputSection *is = st->is;
  const ElfRela *rel = st->rel;
  uint64_t tp = ctx->tp_addr;
  switch (action) {
  case RA_TPOFF: /* DTPOFF after LD -> LE: the offset is from the thread pointer */
    if (ELF64_R_TYPE(rel->r_info) == R_X86_64_DTPOFF64) wr64(loc, S + (uint64_t)A - tp);
    else put32s(st, loc, (int64_t)(S + (uint64_t)A - tp));
    return;
  case RA_TLS_IE_LE: {
    if (rel->r_offset < 3 || !gottpoff_relaxable(loc)) {
      bad_tls(st, "initial exec");
      return;
    }
    /* movq x@gottpoff(%rip), %reg -> movq $x@tpoff, %reg
     * addq x@gottpoff(%rip), %reg -> addq $x@tpoff, %reg */
    uint8_t reg = (loc[-1] >> 3) & 7;
    loc[-3] = loc[-3] == 0x4c ? 0x49 : 0x48;
    loc[-2] = loc[-2] == 0x8b ? 0xc7 : 0x81;
    loc[-1] = (uint8_t)(0xc0 | reg);
    put32s(st, loc, (int64_t)(S - tp));
    return;
  }
  case RA_TLS_GD_LE:
  case RA_TLS_GD_IE: {
    if (!tls_gd_sequence(is, rel, loc)) {
      bad_tls(st, "general dynamic");
      return;
    }
    /* -> mov %fs:0,%rax; lea x@tpoff(%rax),%rax  (LE)
     * -> mov %fs:0,%rax; add x@gottpoff(%rip),%rax  (IE) */
    static const uint8_t le[] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x8d, 0x80, 0, 0, 0, 0};
    static const uint8_t ie[] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x03, 0x05, 0, 0, 0, 0};
    if (action == RA_TLS_GD_LE) {
      memcpy(loc - 4, le, sizeof(le));
      put32s(st, loc + 8, (int64_t)(S - tp));
    } else {
      memcpy(loc - 4, ie, sizeof(ie));
      put32s(st, loc + 8, (int64_t)(got_slot_addr(ctx, sym_gottp(ctx, st->sym)) - (P + 12)));
    }
    return;
  }
  case RA_TLS_LD_LE: {
    /* lea x@tlsld(%rip),%rdi; call __tls_get_addr -> mov %fs:0,%rax (padded) */
    bool ok = rel->r_offset >= 3 && rel->r_offset + 9 <= is->size && loc[-3] == 0x48 && loc[-2] == 0x8d &&
              loc[-1] == 0x3d;
    if (ok && loc[4] == 0xe8) {
      static const uint8_t le[] = {0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0};
      memcpy(loc - 3, le, sizeof(le));
    } else if (ok && rel->r_offset + 10 <= is->size && loc[4] == 0xff && loc[5] == 0x15) {
      static const uint8_t le[] = {0x66, 0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0};
      memcpy(loc - 3, le, sizeof(le));
    } else {
      bad_tls(st, "local dynamic");
    }
    return;
  }
  case RA_TLSDESC_LE:
  case RA_TLSDESC_IE:
    /* lea x@tlsdesc(%rip),%rax -> mov $x@tpoff,%rax  (LE)
     *                          -> mov x@gottpoff(%rip),%rax  (IE) */
    if (rel->r_offset < 3 || (loc[-3] != 0x48 && loc[-3] != 0x4c) || loc[-2] != 0x8d || (loc[-1] & 0xc7) != 0x05) {
      bad_tls(st, "TLS descriptor");
      return;
    }
    if (action == RA_TLSDESC_LE) {
      loc[-3] = loc[-3] == 0x4c ? 0x49 : 0x48;
      loc[-2] = 0xc7;
      loc[-1] = (uint8_t)(0xc0 | ((loc[-1] >> 3) & 7));
      put32s(st, loc, (int64_t)(S - tp));
    } else {
      loc[-2] = 0x8b;
      put32s(st, loc, (int64_t)(got_slot_addr(ctx, sym_gottp(ctx, st->sym)) + (uint64_t)A - P));
    }
    return;
  case RA_TLS_GD: /* the pair's address for __tls_get_addr */
    apply_got(st, loc, got_slot_addr(ctx, sym_tlsgd(ctx, st->sym)), A, P);
    return;
  case RA_TLS_LD:
    apply_got(st, loc, got_slot_addr(ctx, ctx->tlsld_got), A, P);
    return;
  case RA_TLSDESC:
    apply_got(st, loc, got_slot_addr(ctx, sym_tlsdesc(ctx, st->sym)), A, P);
    return;
  case RA_TLSDESC_CALL_NOP:
    /* call *x@tlscall(%rax) -> xchg %ax,%ax */
    if (rel->r_offset + 2 > is->size || loc[0] != 0xff || loc[1] != 0x10) {
      bad_tls(st, "TLS descriptor call");
      return;
    }
    loc[0] = 0x66;
    loc[1] = 0x90;
    return;
  }
}

/* Applies the relocations of `is` to its bytes at `buf`, as the scan
 * decided (is->actions); sections the scan does not look at (debug info,
 * .eh_frame) have no actions and take every relocation directly. */
void apply_relocs(Ctx *ctx, InputSection *is, uint8_t *buf) {
  InputFile *f = is->file;
  for (uint32_t r = 0; r < is->nrels; r++) {
    const ElfRela *rel = &is->rels[r];
    uint8_t action = is->actions ? is->actions[r] : RA_DIRECT;
    if (action == RA_NONE || action == RA_ERROR || ELF64_R_TYPE(rel->r_info) == R_X86_64_NONE) continue;
    Symbol *sym = f->syms[ELF64_R_SYM(rel->r_info)];
    Symbol fixed;
    if (!sym->addr_fixed) { /* not met by fix_symbol_addresses: work it out here */
      fixed = *sym;
      fix_addr(ctx, &fixed);
      sym = &fixed;
    }
    Site st = {ctx, is, rel, sym};
    uint64_t place = reloc_place(is, rel->r_offset);
    uint8_t *loc = buf + place;
    uint64_t P = isec_addr(is, place);
    if (sym->dead) {
      uint64_t S;
      if (!dead_target(ctx, is, rel, sym, loc, &S)) apply_direct(&st, loc, S, rel->r_addend, P);
      continue;
    }
    int64_t A = rel->r_addend;
    if (sym->in_merged && sym->value + (uint64_t)A > sym->isec->size) /* GNU ld says so too */
      warn_keyed(ctx, ((uint64_t)f->priority << 32) | is->shndx, "%s: access beyond end of merged section (%lld)",
                 file_name(sym->isec->file), (long long)(sym->value + (uint64_t)A));
    uint64_t S = target_value(sym, &A);
    switch (action) {
    case RA_DIRECT:
    case RA_DYN_RELATIVE:
    case RA_DYN_RELR: apply_direct(&st, loc, S, A, P); break;
    case RA_DYN_ABS: wr64(loc, (uint64_t)A); break;
    case RA_PLT: apply_direct(&st, loc, plt_entry_addr(ctx, sym), A, P); break;
    case RA_GOT: {
      bool tp = ELF64_R_TYPE(rel->r_info) == R_X86_64_GOTTPOFF;
      apply_got(&st, loc, got_slot_addr(ctx, tp ? sym_gottp(ctx, sym) : sym_got(ctx, sym)), A, P);
      break;
    }
    case RA_GOT_RELAX: relax_gotpcrelx(&st, loc, S + (uint64_t)A, P); break;
    default: apply_tls(&st, action, loc, S, A, P); break;
    }
  }
}
