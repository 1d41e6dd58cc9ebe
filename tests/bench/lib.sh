# Shared helpers for tests/bench/bench.sh and tests/bench/scale.sh (sourced).
# Pure bash + coreutils + awk: no python.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-$BENCH_ROOT/build}
case $BUILD in /*) ;; *) BUILD=$BENCH_ROOT/$BUILD ;; esac
BENCH_DIR=$BUILD/bench
DOC=${BENCH_DOC:-$BENCH_ROOT/docs/benchmarks.md}
SVG=${BENCH_SVG:-$BENCH_ROOT/docs/benchmarks.svg}
NICE_CMD=()   # set by --nice N: timed runs go through nice -n N

# session_nice SCRIPT ARGS... — when ARGS hold --nice N: the kernel's
# scheduler autogroups make a process's nice count only against processes of
# its own session, so re-exec SCRIPT in a new session (setsid: its own
# autogroup, gone when the script ends) and give that autogroup nice N too.
# Note: a new session no longer gets the terminal's Ctrl-C.
session_nice() {
    local script=$1 n= prev=; shift
    local a
    for a in "$@"; do
        [[ $prev == --nice ]] && n=$a
        [[ $a == --nice=* ]] && n=${a#*=}
        prev=$a
    done
    [[ -n $n && -e /proc/self/autogroup ]] || return 0
    if [[ -z ${WELD_BENCH_SESSION:-} ]] && command -v setsid >/dev/null; then
        WELD_BENCH_SESSION=1 exec setsid -w bash "$script" "$@"
    fi
    if [[ -n ${WELD_BENCH_SESSION:-} ]]; then
        echo "$n" 2>/dev/null > /proc/self/autogroup || log "bench: cannot set the autogroup's nice to $n"
    fi
}

# parse_nice N — validate --nice's value and set NICE_CMD
parse_nice() {
    [[ $1 =~ ^-?[0-9]+$ ]] || die "--nice wants a number"
    NICE_CMD=(nice -n "$1")
}

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
log() { printf '%s\n' "$*" >&2; }

# ensure_tools CMD:PACKAGE... — install what is missing with apt-get (root
# only; apt-get update runs once, before the first install).
_apt_updated=0
ensure_tools() {
    local spec cmd pkg missing=()
    for spec in "$@"; do
        cmd=${spec%%:*} pkg=${spec#*:}
        if [[ $cmd == /* ]]; then [[ -x $cmd ]] && continue
        else command -v "$cmd" >/dev/null 2>&1 && continue; fi
        missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    if [[ $(id -u) != 0 ]]; then
        log "bench: missing ${missing[*]} (not root, not installing)"
        return 0
    fi
    if ((!_apt_updated)); then
        log "bench: apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || log "bench: apt-get update failed"
        _apt_updated=1
    fi
    log "bench: apt-get install -y ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2 ||
        log "bench: apt-get install ${missing[*]} failed"
}

# median: numbers on stdin (one a line) -> their median on stdout
median() {
    sort -g | awk '{a[NR]=$1} END { if (NR == 0) { print "nan"; exit }
        if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2 }'
}

# ratio A B -> A/B with 2 decimals, or "-" when either is missing
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || a == "nan" || b == "nan" || b + 0 == 0) print "-";
        else printf "%.2f", a / b }'
}

# timed_run RESULTFILE ERRFILE CMD... — run CMD once, append "wall cpu rss_kb"
# to RESULTFILE (stdout dropped, stderr to ERRFILE); CMD's status is returned.
# The timing comes from tests/bench/timeit.c (built once into $BENCH_DIR):
# wall time from fork to wait4, CPU and peak RSS from wait4's rusage.
TIMEIT=$BENCH_DIR/timeit
timed_run() {
    local res=$1 err=$2; shift 2
    local tf=$BENCH_DIR/.time.$$ rc=0
    if [[ ! -x $TIMEIT || $TIMEIT -ot $BENCH_ROOT/tests/bench/timeit.c ]]; then
        mkdir -p "$BENCH_DIR"
        cc -O2 -o "$TIMEIT" "$BENCH_ROOT/tests/bench/timeit.c" || die "cannot build $TIMEIT"
    fi
    "${NICE_CMD[@]}" "$TIMEIT" -o "$tf" "$@" >/dev/null 2>"$err" || rc=$?
    ((rc == 0)) || { rm -f "$tf"; return $rc; }
    awk 'NF == 3 { printf "%.6f %.3f %d\n", $1, $2, $3 }' "$tf" >> "$res"
    rm -f "$tf"
}

# column N of a result file -> median
col_median() { awk -v c="$2" '$c != "-" { print $c }' "$1" | median; }

# col_spread FILE N MEDIAN -> (max - min) / MEDIAN of column N, as "4.2%"
col_spread() {
    awk -v c="$2" -v m="$3" '$c != "-" { v = $c + 0; if (n++ == 0 || v < lo) lo = v; if (n == 1 || v > hi) hi = v }
        END { if (n == 0 || m + 0 == 0) print "-"; else printf "%.1f%%", (hi - lo) / m * 100 }' "$1"
}

machine_line() {
    local cpu
    cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
    printf 'nproc %s, CPU %s, kernel %s, %s MB RAM, load average %s at start' "$(nproc)" "${cpu:-unknown}" "$(uname -r)" \
        "$(awk '/^MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo 2>/dev/null)" \
        "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
}

weld_version() {
    local v rev
    v=$("$1" --version 2>/dev/null | head -1)
    rev=$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || true)
    if [[ -n $rev ]] && ! git -C "$BENCH_ROOT" diff --quiet HEAD -- src include 2>/dev/null; then rev="$rev+dirty"; fi
    printf '%s%s' "${v:-weld}" "${rev:+ (git $rev)}"
}

# ------------------------------------------------------------------ docs
# docs/benchmarks.md is assembled from blocks delimited by
#   <!-- BEGIN NAME --> ... <!-- END NAME -->
# (NAME = link:hello, link:python, link:llvm, link:python-pie, link:llvm-dyn,
# link:python-so, link:llvm-so,
# threads, scaling). A run replaces the
# blocks it measured and keeps the others, so partial runs (--links hello)
# and scale.sh do not erase each other's numbers. Link blocks carry their
# wall times as "<!-- data LINK LINKER SECONDS -->" lines, from which the SVG
# chart is redrawn.

DOC_BLOCKS=(link:hello link:python link:llvm link:python-pie link:llvm-dyn link:python-so link:llvm-so threads scaling)

# doc_block NAME -> the block from the current doc (empty if absent)
doc_block() {
    [[ -f $DOC ]] || return 0
    awk -v n="$1" '$0 == "<!-- BEGIN " n " -->" { on = 1 } on { print } $0 == "<!-- END " n " -->" { on = 0 }' "$DOC"
}

# write_doc DIR — DIR/NAME.md (NAME with ':' as '_') replaces block NAME.
write_doc() {
    local dir=$1 name f tmp
    tmp=$DOC.tmp.$$
    mkdir -p "$(dirname "$DOC")"
    {
        cat <<'EOF'
# Benchmarks

Generated by `tests/bench/bench.sh` (`make bench`), `tests/bench/threads.sh`
(`make bench-threads`) and `tests/bench/scale.sh` (`make bench-scale`); do
not edit by hand — rerun the scripts.

**Method.** Each corpus program (see `shared/corpus/README.md`) is linked
once through gcc/g++ with a capturing `ld` wrapper in a `-B` directory, which
records the exact `ld` argument list in a response file and then runs GNU ld.
gcc's LTO plugin options (`-plugin`, `-plugin-opt=...`) are dropped from the
list: libpython3.11.a holds fat LTO objects, and with the plugin GNU ld, gold
and mold would hand them to gcc's lto-wrapper instead of linking their regular
code as weld and lld do. That argument list is replayed with each linker directly (`LINKER -o
build/bench/out-LINKER @args.rsp`; mold as `mold --no-fork` so its CPU time
and memory are all measured). Each linker's output is run and checked first
(hello prints hello; python runs `import json,re,zlib`; python-pie runs
`tests/corpus/pytest.py`; llvm and llvm-dyn print "exceptions work"; the
libraries of python-so and llvm-so are checked by linking python.o (running
the same script) and llvmtool.o against them with GNU ld; output
must equal that of the GNU-ld-linked build); a
linker whose output fails is reported as failed and not timed. That checked
link is the warm-up. Timed runs alternate round-robin between linkers (run 1
of each, then run 2 of each, ...); the output file is removed before each
run. Each run is timed by `tests/bench/timeit.c`: wall time from fork to
`wait4`, CPU (user+sys) and peak RSS from `wait4`'s rusage (no shell or GNU
`time` start-up inside the measurement). Tables show medians; the line
under each table gives the spread of wall times, (max − min) / median.
python-pie and llvm-dyn are dynamic PIEs (gcc's default, without `-static`):
their argument lists hold `-pie`, `-dynamic-linker` and the libc.so linker
script, and every linker replays the same list.  python-so and llvm-so are
`-shared` links (libpython3.11.so from the PIC archive; every LLVM archive
under `--whole-archive` with `-z defs`).
weld and mold use all CPUs unless a thread count is given (weld: one thread
below 16 MB of inputs, so hello runs single-threaded); the other linkers
run with their defaults (gold single-threaded, lld multi-threaded). On a busy
shared machine, `--nice -10` (root) runs the benchmark in its own session
whose scheduler autogroup and links get nice -10, which keeps other sessions'
work from inflating wall times; the sections say when it was used and the
load average at the start.

![Wall time per linker per link](benchmarks.svg)

EOF
        for name in "${DOC_BLOCKS[@]}"; do
            f=$dir/${name//:/_}.md
            if [[ -f $f ]]; then cat "$f"; else doc_block "$name"; fi
            echo
        done
    } | cat -s > "$tmp"
    mv "$tmp" "$DOC"
    write_svg
}

# write_svg — horizontal bar chart of wall times from the doc's data lines,
# one panel per link, each panel scaled to its own slowest linker.
write_svg() {
    local tmp=$SVG.tmp.$$
    awk '
    /^<!-- data / { link = $3; lk = $4; v = $5
        if (!(link in seen)) { seen[link] = 1; links[++nl] = link }
        n[link]++; name[link, n[link]] = lk; val[link, n[link]] = v
        if (v != "failed" && v + 0 > max[link]) max[link] = v + 0 }
    END {
        col["weld"] = "#d62728"; col["bfd"] = "#7f7f7f"; col["gold"] = "#bcbd22"
        col["lld"] = "#1f77b4"; col["mold"] = "#2ca02c"
        rowh = 22; barx = 90; barw = 420; W = 640
        H = 40; for (i = 1; i <= nl; i++) H += 34 + n[links[i]] * rowh + 10
        printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">\n", W, H, W, H
        printf "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
        printf "<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">Link wall time, median (seconds; shorter is better)</text>\n"
        y = 40
        for (i = 1; i <= nl; i++) {
            L = links[i]; y += 22
            printf "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>\n", y, L
            y += 12
            for (j = 1; j <= n[L]; j++) {
                lk = name[L, j]; v = val[L, j]; c = (lk in col) ? col[lk] : "#9467bd"
                printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", barx - 8, y + 15, lk
                if (v == "failed") {
                    printf "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">failed</text>\n", barx + 4, y + 15
                } else {
                    w = (max[L] > 0) ? v / max[L] * barw : 0; if (w < 1) w = 1
                    printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n", barx, y + 3, w, rowh - 6, c
                    printf "<text x=\"%.1f\" y=\"%d\">%.3f s</text>\n", barx + w + 6, y + 15, v
                }
                y += rowh
            }
            y += 10
        }
        print "</svg>"
    }' "$DOC" > "$tmp"
    mv "$tmp" "$SVG"
}
