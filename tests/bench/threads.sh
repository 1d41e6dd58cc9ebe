#!/usr/bin/env bash
# Thread scaling of one link: weld --threads=1 against --threads=N on the
# corpus link captured by bench.sh (llvm by default), alternating, medians.
#
# Usage: tests/bench/threads.sh [--link LINK] [--threads 1,2] [--runs R]
#            [--weld PATH] [--no-doc]
#
#   --link L      hello, python, llvm, python-pie, llvm-dyn, python-so or llvm-so (default llvm);
#                 its argument list comes from bench.sh's capture (run first
#                 if missing)
#   --threads L   comma-separated thread counts (default 1,2); speed-ups
#                 are against the first
#   --runs R      timed runs per thread count after one warm-up (default 7)
#   --no-doc      do not rewrite the "Threads" section of docs/benchmarks.md
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LINK=llvm
TLIST=1,2
RUNS=7
WELD=$BUILD/bin/weld
WRITE_DOC=1
while (($#)); do
    case $1 in
        --link) LINK=$2; shift ;;
        --threads) TLIST=$2; shift ;;
        --runs) RUNS=$2; shift ;;
        --weld) WELD=$2; shift ;;
        --no-doc) WRITE_DOC=0 ;;
        -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[[ $LINK == @(hello|python|llvm|python-pie|llvm-dyn|python-so|llvm-so) ]] || die "unknown link $LINK"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs wants a positive number"
IFS=, read -r -a TS <<< "$TLIST"
for t in "${TS[@]}"; do [[ $t =~ ^[1-9][0-9]*$ ]] || die "bad thread count $t"; done
[[ -x $WELD ]] || die "no weld at $WELD (run make first)"

DIR=$BENCH_DIR/$LINK
if [[ ! -f $DIR/args.rsp ]]; then
    log "threads: no captured $LINK link yet: running bench.sh --links $LINK --linkers weld --runs 1 --no-doc"
    "$BENCH_ROOT/tests/bench/bench.sh" --links "$LINK" --linkers weld --runs 1 --no-doc >/dev/null
fi
[[ -f $DIR/args.rsp ]] || die "no $DIR/args.rsp"
mkdir -p "$BENCH_DIR/threads"
W=$BENCH_DIR/threads/weld
cp "$WELD" "$W"
OUT=$BENCH_DIR/threads/out
MACHINE=$(machine_line)
cd "$DIR"
for t in "${TS[@]}"; do
    rm -f "$BENCH_DIR/threads/t$t.times"
    "$W" --threads="$t" -o "$OUT" @args.rsp || die "weld --threads=$t failed"
done
for ((i = 1; i <= RUNS; i++)); do
    log "threads: run $i/$RUNS"
    for t in "${TS[@]}"; do
        rm -f "$OUT"
        timed_run "$BENCH_DIR/threads/t$t.times" "$BENCH_DIR/threads/t$t.err" "$W" --threads="$t" -o "$OUT" @args.rsp ||
            die "weld --threads=$t failed: $(head -1 "$BENCH_DIR/threads/t$t.err")"
    done
done
cd "$BENCH_ROOT"

base=$(col_median "$BENCH_DIR/threads/t${TS[0]}.times" 1)
rows="| threads | wall (s) | CPU user+sys (s) | speed-up over --threads=${TS[0]} |
| ---: | ---: | ---: | ---: |
"
for t in "${TS[@]}"; do
    w=$(col_median "$BENCH_DIR/threads/t$t.times" 1)
    c=$(col_median "$BENCH_DIR/threads/t$t.times" 2)
    s=$(awk -v b="$base" -v w="$w" 'BEGIN { printf "%.2f", b / w }')
    all=$(awk '{ printf "%s%.3f", (NR > 1 ? " " : ""), $1 }' "$BENCH_DIR/threads/t$t.times")
    rows+="| $t | $(awk -v v="$w" 'BEGIN { printf "%.3f", v }') | $(awk -v v="$c" 'BEGIN { printf "%.2f", v }') | ${s}x |
"
    log "threads=$t: runs $all"
done
printf '\n== %s link, weld threads: median of %d runs; %s\n%s' "$LINK" "$RUNS" "$MACHINE" "$rows"

if ((WRITE_DOC)); then
    NEWDOC=$BENCH_DIR/threads/newdoc
    rm -rf "$NEWDOC"; mkdir -p "$NEWDOC"
    {
        echo "<!-- BEGIN threads -->"
        echo "## Threads"
        echo
        echo "$(date -u '+%Y-%m-%d %H:%M UTC') — \`tests/bench/threads.sh\`: the $LINK link replayed by weld with"
        echo "each thread count, alternating, median of $RUNS timed runs after a warm-up. Machine: $MACHINE."
        echo "weld: $(weld_version "$WELD")."
        echo
        printf '%s' "$rows"
        echo "<!-- END threads -->"
    } > "$NEWDOC/threads.md"
    write_doc "$NEWDOC"
    echo "wrote ${DOC#"$BENCH_ROOT"/}"
fi
