/*
 * report.c - what went into the binary: -Map, --why-extract,
 * --dependency-file, --report (JSON, HTML) and --embed-deps.
 *
 * Placeholder entry points; the implementation is being written.
 */
#include "weld.h"

void create_deps_section(Ctx *ctx) { error(ctx, "--embed-deps is not implemented yet"); }

void write_reports(Ctx *ctx) {
  Options *o = &ctx->opt;
  if (o->map_file || o->why_extract || o->dependency_file || o->report_file)
    error(ctx, "-Map, --why-extract, --dependency-file and --report are not implemented yet");
}

int print_deps(Ctx *ctx, const char *path) {
  error(ctx, "--print-deps %s: not implemented yet", path);
  return 1;
}
