#!/usr/bin/env bash
# Scaling benchmark: link N synthetic objects (tests/bench/gen.c) with weld and
# mold for N = 1000, 2000, 4000, 8000, 16000, 32000 and report how the time
# per object grows with N.
#
# Usage: tests/bench/scale.sh [--max N] [--ns N1,N2,...] [--runs R]
#            [--threads T] [--weld PATH] [--nice N] [--no-doc] [--no-install]
#
#   --max N      only sizes up to N (default 32000)
#   --ns LIST    exact comma-separated sizes instead of the default list
#   --runs R     timed runs per linker per size after the warm-up (default 3)
#   --threads T  pass --threads=T to weld and mold
#   --nice N     as bench.sh --nice: new session, autogroup and links at nice N
#   --no-doc     do not rewrite the "Scaling" section of docs/benchmarks.md
#
# Objects are generated as assembly, assembled in parallel with `as` and
# cached under $BUILD/bench/scale/N/ (assembling 32000 files takes minutes;
# later runs reuse them). Each size is linked as
#   LINKER -static -o out-LINKER start.o @objs.rsp
# and the output must print "ok" (it checks a sum over all objects' code and
# data). Exit status: 0 if weld linked every size correctly, 1 otherwise.

set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
session_nice "${BASH_SOURCE[0]}" "$@"

NS=(1000 2000 4000 8000 16000 32000)
MAX=
RUNS=3
THREADS=
WELD=$BUILD/bin/weld
WRITE_DOC=1
INSTALL=1
while (($#)); do
    case $1 in
        --max) MAX=$2; shift ;;
        --max=*) MAX=${1#*=} ;;
        --ns) IFS=, read -r -a NS <<< "$2"; shift ;;
        --ns=*) IFS=, read -r -a NS <<< "${1#*=}" ;;
        --runs) RUNS=$2; shift ;;
        --runs=*) RUNS=${1#*=} ;;
        --threads) THREADS=$2; shift ;;
        --threads=*) THREADS=${1#*=} ;;
        --weld) WELD=$2; shift ;;
        --weld=*) WELD=${1#*=} ;;
        --nice) parse_nice "$2"; shift ;;
        --nice=*) parse_nice "${1#*=}" ;;
        --no-doc) WRITE_DOC=0 ;;
        --no-install) INSTALL=0 ;;
        -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs wants a positive number"
[[ -z $THREADS || $THREADS =~ ^[1-9][0-9]*$ ]] || die "--threads wants a positive number"
if [[ -n $MAX ]]; then
    sel=()
    for n in "${NS[@]}"; do ((n <= MAX)) && sel+=("$n"); done
    NS=("${sel[@]}")
fi
((${#NS[@]})) || die "no sizes selected"
for n in "${NS[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "bad size $n"; done

((INSTALL)) && ensure_tools mold:mold
[[ -x $WELD ]] || die "no weld at $WELD (run make first)"
command -v as >/dev/null || die "no as (binutils)"
HAVE_MOLD=1; command -v mold >/dev/null || HAVE_MOLD=0

SCALE=$BENCH_DIR/scale
mkdir -p "$SCALE"
SCALE=$(cd "$SCALE" && pwd)
cp -f "$WELD" "$SCALE/weld.bin"
"$SCALE/weld.bin" --version >/dev/null 2>&1 || die "$WELD does not run (being rebuilt?)"
WELD_DESC=$(weld_version "$WELD")
GEN_SRC=$BENCH_ROOT/tests/bench/gen.c
if [[ ! -x $SCALE/gen || $GEN_SRC -nt $SCALE/gen ]]; then
    ${CC:-cc} -O2 -o "$SCALE/gen" "$GEN_SRC" || die "cannot compile gen.c"
fi
GEN_KEY=$(cksum < "$GEN_SRC")
JOBS=$(nproc)

# prepare N: generate and assemble the objects once
prepare() {
    local n=$1 dir=$SCALE/$1
    if [[ -f $dir/done && $(cat "$dir/done") == "$GEN_KEY" ]]; then return 0; fi
    log "scale: generating and assembling $n objects (cached in ${dir#"$BENCH_ROOT"/})"
    rm -rf "$dir"; mkdir -p "$dir"
    local t0=$EPOCHREALTIME
    "$SCALE/gen" "$n" "$dir" || return 1
    (cd "$dir" && { echo start.s; seq -f 'o%.0f.s' 0 $((n - 1)); } |
        xargs -P "$JOBS" -n 250 sh -c 'for f; do as -o "${f%.s}.o" "$f" || exit 255; done' sh) || return 1
    seq -f 'o%.0f.o' 0 $((n - 1)) > "$dir/objs.rsp"
    rm -f "$dir"/*.s 2>/dev/null || find "$dir" -name '*.s' -delete
    echo "$GEN_KEY" > "$dir/done"
    log "scale: $n objects ready in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s"
}

linker_cmd() {
    local t=()
    [[ -n $THREADS ]] && t=("--threads=$THREADS")
    case $1 in
        weld) CMD=("$SCALE/weld.bin" "${t[@]}") ;;
        mold) CMD=(mold --no-fork "${t[@]}") ;;
    esac
}

LINKERS=(weld)
((HAVE_MOLD)) && LINKERS+=(mold)
STATUS=0
MACHINE=$(machine_line)
declare -A MED=() CPU=() RSS=() WHY=()
for n in "${NS[@]}"; do
    if ! prepare "$n"; then WHY[weld,$n]="generation failed"; WHY[mold,$n]="generation failed"; STATUS=1; continue; fi
    dir=$SCALE/$n
    cd "$dir"
    ok=()
    for lk in "${LINKERS[@]}"; do
        linker_cmd "$lk"
        rm -f "out-$lk" "$lk.times"
        if ! timeout 600 "${CMD[@]}" -static -o "out-$lk" start.o @objs.rsp > "$lk.log" 2>&1; then
            WHY[$lk,$n]="link failed: $(grep -m1 -v '^$' "$lk.log" | cut -c1-160)"
        elif [[ $(timeout 60 "./out-$lk" 2>&1) != ok ]]; then
            WHY[$lk,$n]="output does not print ok"
        else
            ok+=("$lk")
        fi
        [[ -n ${WHY[$lk,$n]:-} ]] && log "scale: N=$n $lk FAILED: ${WHY[$lk,$n]}"
    done
    for ((i = 1; i <= RUNS; i++)); do
        log "scale: N=$n run $i/$RUNS"
        for lk in "${ok[@]}"; do
            [[ -n ${WHY[$lk,$n]:-} ]] && continue
            linker_cmd "$lk"
            rm -f "out-$lk"
            timed_run "$lk.times" "$lk.err" "${CMD[@]}" -static -o "out-$lk" start.o @objs.rsp ||
                WHY[$lk,$n]="link failed in timed run $i"
        done
    done
    for lk in "${ok[@]}"; do
        [[ -z ${WHY[$lk,$n]:-} ]] || continue
        MED[$lk,$n]=$(col_median "$lk.times" 1)
        CPU[$lk,$n]=$(col_median "$lk.times" 2)
        RSS[$lk,$n]=$(col_median "$lk.times" 3)
    done
    [[ -n ${MED[weld,$n]:-} ]] || STATUS=1
    rm -f out-weld out-mold
    cd "$BENCH_ROOT"
done

# per-object times; the growth ratio is relative to the smallest size measured
BASE=
for n in "${NS[@]}"; do
    [[ -n ${MED[weld,$n]:-} ]] && { BASE=$n; break; }
done
basepo= basecpu=
[[ -n $BASE ]] && basepo=$(awk -v w="${MED[weld,$BASE]}" -v n="$BASE" 'BEGIN { print w / n * 1e6 }')
[[ -n $BASE && ${CPU[weld,$BASE]:-nan} != nan ]] && basecpu=$(awk -v w="${CPU[weld,$BASE]}" -v n="$BASE" 'BEGIN { print w / n * 1e6 }')
fmt_s() { [[ -n ${1:-} ]] && awk -v v="$1" 'BEGIN { printf "%.3f", v }' || printf 'failed'; }
fmt_po() { [[ -n ${1:-} ]] && awk -v v="$1" -v n="$2" 'BEGIN { printf "%.1f", v / n * 1e6 }' || printf -- '-'; }
fmt_cpu() { [[ -n ${1:-} && $1 != nan ]] && awk -v v="$1" 'BEGIN { printf "%.2f", v }' || printf -- '-'; }
fmt_mb() { [[ -n ${1:-} && $1 != nan ]] && awk -v v="$1" 'BEGIN { printf "%.0f", v / 1024 }' || printf -- '-'; }
rows=""
for n in "${NS[@]}"; do
    w=${MED[weld,$n]:-} m=${MED[mold,$n]:-}
    growth=- cgrowth=-
    [[ -n $basecpu && ${CPU[weld,$n]:-nan} != nan ]] && cgrowth=$(awk -v w="${CPU[weld,$n]}" -v n="$n" -v b="$basecpu" 'BEGIN { printf "%.2f", w / n * 1e6 / b }')
    [[ -n $w && -n $basepo ]] && growth=$(awk -v w="$w" -v n="$n" -v b="$basepo" 'BEGIN { printf "%.2f", w / n * 1e6 / b }')
    rows+="| $n | $(fmt_s "$w") | $(fmt_s "$m") | $(fmt_po "$w" "$n") | $(fmt_po "$m" "$n") | $growth | $(ratio "$w" "$m") | $(fmt_cpu "${CPU[weld,$n]:-}") | $(fmt_cpu "${CPU[mold,$n]:-}") | $cgrowth | $(fmt_mb "${RSS[weld,$n]:-}") | $(fmt_mb "${RSS[mold,$n]:-}") |"$'\n'
done
fails=""
for k in "${!WHY[@]}"; do fails+="- ${k%,*} at N=${k#*,}: ${WHY[$k]}"$'\n'; done
table="| N | weld wall (s) | mold wall (s) | weld µs/object | mold µs/object | weld µs/object ÷ at N=${BASE:-?} | weld / mold wall | weld CPU (s) | mold CPU (s) | weld CPU µs/object ÷ at N=${BASE:-?} | weld RSS (MB) | mold RSS (MB) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$rows"
printf '\n== scaling: median of %d runs; %s; threads: %s\n%s' "$RUNS" "$MACHINE" "${THREADS:-default}" "$table"
[[ -n $fails ]] && printf 'Failed:\n%s' "$fails"

if ((WRITE_DOC)); then
    NEWDOC=$SCALE/newdoc
    rm -rf "$NEWDOC"; mkdir -p "$NEWDOC"
    {
        echo "<!-- BEGIN scaling -->"
        echo "## Scaling"
        echo
        echo "$(date -u '+%Y-%m-%d %H:%M UTC') — \`tests/bench/scale.sh\`: N synthetic objects from \`tests/bench/gen.c\`"
        echo "(per object: 20 functions each in its own .text section with CFI, 8 data sections, a pointer"
        echo "table, a .bss section, strings in .rodata.str1.1, 30 global symbols, calls and GOT loads into"
        echo "other objects, 2 of 16 COMDAT groups shared across objects), linked with"
        echo "\`LINKER -static -o out start.o @objs.rsp\`; the output checks a sum over all objects and prints ok."
        echo "Median of $RUNS timed runs per linker per size after a checked warm-up link, alternating"
        echo "linkers; threads: ${THREADS:-default}${NICE_CMD[*]:+, timed runs under ${NICE_CMD[*]}}. Machine: $MACHINE."
        echo "weld: $WELD_DESC; $(mold --version 2>/dev/null | head -1)."
        echo
        printf '%s' "$table"
        [[ -n $fails ]] && { echo; echo "Failed:"; echo; printf '%s' "$fails"; }
        echo "<!-- END scaling -->"
    } > "$NEWDOC/scaling.md"
    write_doc "$NEWDOC"
    echo "wrote ${DOC#"$BENCH_ROOT"/}"
fi
exit $STATUS
