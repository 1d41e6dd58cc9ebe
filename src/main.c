/*
 * main.c - the driver: the link as one ordered list of passes.
 *
 * Each pass is a plain verb with a line saying why it is there.  Errors are
 * collected and the run stops at the checkpoint after the pass that found
 * them; a failed link never leaves a file at the output path.
 */
#include "weld.h"

#include <unistd.h>

static void print_time_report(Ctx *ctx) {
  fprintf(stderr, "weld: time report (%d threads)\n", ctx->nthreads);
  double total = 0, cpu = 0;
  fprintf(stderr, "  %-24s %10s %10s %9s\n", "pass", "wall", "cpu", "rss");
  for (size_t i = 0; i < ctx->timings.len; i++) {
    Timing *t = ctx->timings.data[i];
    fprintf(stderr, "  %-24s %7.1f ms %7.1f ms %6.0f MB\n", t->name, t->secs * 1e3, t->cpu * 1e3, t->rss_mb);
    total += t->secs;
    cpu += t->cpu;
  }
  uint64_t nsec = 0, nrel = 0, nsym = 0;
  for (size_t i = 0; i < ctx->files.len; i++) {
    InputFile *f = ctx->files.data[i];
    nsym += f->nsyms;
    for (uint32_t k = 1; k < f->nsections; k++)
      if (f->sections[k]) {
        nsec++;
        nrel += f->sections[k]->nrels;
      }
  }
  fprintf(stderr, "  %-24s %7.1f ms %7.1f ms\n", "total", total * 1e3, cpu * 1e3);
  fprintf(stderr, "  files %zu, archives %zu, input sections %llu, symbols %llu (global %llu), relocations %llu, "
                  "output sections %zu, output bytes %llu\n",
          ctx->files.len, ctx->archives.len, (unsigned long long)nsec, (unsigned long long)nsym,
          (unsigned long long)ctx->syms_len, (unsigned long long)nrel, ctx->osecs.len,
          (unsigned long long)ctx->file_size);
}

/* input bytes below which the default is one thread (measured: hello, 9 MB
 * of inputs, links faster alone; static CPython, 22 MB, faster with two) */
#define SMALL_LINK (16u << 20)

int main(int argc, char **argv) {
  Ctx *ctx = calloc(1, sizeof(Ctx));
  ctx->arenas = calloc(1, sizeof(Arena));
  ctx->nthreads = 1;
  ctx->t_start = now_sec();
  install_signal_handlers(ctx);

  if (!parse_options(ctx, argc, argv)) weld_exit(ctx, 0);
  if (ctx->opt.print_deps) weld_exit(ctx, print_deps(ctx, ctx->opt.print_deps));
  if (ctx->opt.inputs.len == 0) fatal(ctx, "no input files");
  int n = ctx->opt.threads;
  uint64_t bytes = input_bytes(ctx, &ctx->archive_bytes);
  if (n <= 0) {
    /* a small link (a test program, a configure check) is over before a
     * second thread would pay for its start and its memory */
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    n = c > 0 && (bytes >= SMALL_LINK || speculate_override() > 0) ? (int)MIN(c, 16) : 1;
  }
  Arena first = ctx->arenas[0];
  free(ctx->arenas);
  threads_start(ctx, n);
  ctx->arenas[0] = first;

  timer_pass(ctx, "read inputs");
  // -u, the entry point and --defsym are references before any file
  apply_defsyms_and_wrap_setup(ctx);
  // load objects and archive members in GNU ld's order, resolving symbols
  read_inputs(ctx);
  // --reproduce: the files just read, for a bug report even if the link fails
  if (ctx->opt.reproduce) write_reproduce(ctx);
  checkpoint(ctx);
  // the libraries those libraries need: the output exports what they use
  load_needed_dsos(ctx);
  // a shared object in the link makes the output dynamic
  decide_dynamic(ctx);
  timer_pass(ctx, "object bodies");
  // local symbols and relocations: validated in parallel, after the serial
  // part that resolution needed
  parse_object_bodies(ctx);
  checkpoint(ctx);
  // debug info of a discarded COMDAT instance points at the winner's copy
  match_kept_sections(ctx);

  timer_pass(ctx, "resolve");
  // __start_X, _end, __init_array_start ...: defined only if referenced
  define_linker_symbols(ctx);
  // every duplicate and every missing symbol of the link, in one run
  report_duplicates(ctx);
  report_undefined(ctx);
  checkpoint(ctx);
  // --as-needed: only the shared objects that regular objects use
  mark_needed_dsos(ctx);
  check_max_versions(ctx);
  checkpoint(ctx);
  // COMMON symbols get .bss space
  allocate_common(ctx);

  timer_pass(ctx, "eh_frame parse");
  // FDEs are attached to their functions before gc decides what lives
  parse_eh_frames(ctx);
  checkpoint(ctx);

  // preemptible, exported: decided once, before gc and the scan read them
  classify_symbols(ctx);
  if (ctx->opt.gc_sections) {
    timer_pass(ctx, "gc sections");
    // drop what the entry point and the runtime roots cannot reach
    gc_sections(ctx);
  }

  timer_pass(ctx, "merge strings");
  // one copy of each string in SHF_MERGE|SHF_STRINGS sections
  merge_strings(ctx);
  timer_pass(ctx, "eh_frame finalize");
  // drop FDEs of dead functions; fix record offsets
  finalize_eh_frames(ctx);
  checkpoint(ctx);

  timer_pass(ctx, "scan relocations");
  // one action per relocation; what symbols need (GOT, PLT, copies, dynamic relocations)
  scan_relocations(ctx);
  timer_pass(ctx, "synthetic sections");
  // .got, .plt, .rela.dyn, .dynsym, .dynamic ...: sized from the scan
  create_synthetic_sections(ctx);
  create_eh_frame_hdr(ctx);
  create_build_id(ctx);
  // --embed-deps: the list of inputs, as a non-loaded note
  if (ctx->opt.embed_deps) create_deps_section(ctx);
  checkpoint(ctx);

  timer_pass(ctx, "symtab sizes");
  // sizes of .symtab/.strtab are fixed before layout
  build_symtab(ctx);
  timer_pass(ctx, "layout");
  create_output_sections(ctx);
  layout_sections(ctx);
  fix_linker_symbols(ctx);
  checkpoint(ctx);

  timer_pass(ctx, "write");
  fix_symbol_addresses(ctx);
  // copy and relocate in parallel, then build-id, then rename into place
  write_output(ctx);
  // -Map, --why-extract, --dependency-file, --report
  timer_pass(ctx, "reports");
  write_reports(ctx);
  checkpoint(ctx);
  timer_pass(ctx, NULL);

  flush_diagnostics(ctx);
  if (ctx->opt.time_report) print_time_report(ctx);
  fflush(stdout);
  /* the arenas and mappings die with the process */
  _exit(0);
}
