#!/usr/bin/env bash
# Link-time benchmark: weld against GNU ld, gold, lld and mold on the public
# corpus (shared/corpus/README.md): hello, python (static CPython), llvm
# (static LLVM 14 tool), python-pie (CPython as a dynamic PIE), llvm-dyn
# (the LLVM tool as a dynamic PIE: static LLVM archives, dynamic libc and
# libstdc++), and two -shared links: python-so (libpython3.11.so from the PIC
# archive) and llvm-so (every LLVM archive, whole, as one 120 MB library).
#
# Usage: tests/bench/bench.sh [--runs N]
#            [--links hello,python,llvm,python-pie,llvm-dyn,python-so,llvm-so]
#            [--linkers weld,bfd,gold,lld,mold] [--threads N] [--weld PATH]
#            [--nice N] [--no-doc] [--no-install]
#
#   --runs N      timed runs per linker per link, after the warm-up (default 5)
#   --links L     comma-separated subset of hello,python,llvm,python-pie,
#                 llvm-dyn,python-so,llvm-so (default all)
#   --linkers L   comma-separated subset of weld,bfd,gold,lld,mold (default all)
#   --threads N   pass --threads=N to weld and mold (default: their own default)
#   --weld PATH   weld binary (default $BUILD/bin/weld; copied before timing so
#                 a concurrent rebuild does not change it mid-run)
#   --nice N      run in a new session whose scheduler autogroup gets nice N,
#                 timed links under nice -n N (e.g. -10 as root on a busy
#                 shared machine, to cut noise from other sessions' work)
#   --no-doc      do not rewrite docs/benchmarks.md and docs/benchmarks.svg
#   --no-install  never apt-get install missing tools
#
# Corpus objects, captured argument lists and GNU-ld reference outputs are
# cached under $BUILD/bench/ (BUILD defaults to build/). Outputs of the
# replayed links go to $BUILD/bench/out-LINKER. Exit status: 0 if weld linked
# and passed every selected link, 1 otherwise.

set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
session_nice "${BASH_SOURCE[0]}" "$@"

RUNS=5
LINKS=hello,python,llvm,python-pie,llvm-dyn,python-so,llvm-so
LINKERS=weld,bfd,gold,lld,mold
THREADS=
WELD=$BUILD/bin/weld
WRITE_DOC=1
INSTALL=1
CORPUS=${CORPUS:-}
LLVM_CONFIG=${LLVM_CONFIG:-/usr/lib/llvm-14/bin/llvm-config}
PYC=${PYC:-/usr/lib/python3.11/config-3.11-x86_64-linux-gnu}

while (($#)); do
    case $1 in
        --runs) RUNS=$2; shift ;;
        --runs=*) RUNS=${1#*=} ;;
        --links) LINKS=$2; shift ;;
        --links=*) LINKS=${1#*=} ;;
        --linkers) LINKERS=$2; shift ;;
        --linkers=*) LINKERS=${1#*=} ;;
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
IFS=, read -r -a LINK_LIST <<< "$LINKS"
IFS=, read -r -a LINKER_LIST <<< "$LINKERS"
for l in "${LINK_LIST[@]}"; do [[ $l == @(hello|python|llvm|python-pie|llvm-dyn|python-so|llvm-so) ]] || die "unknown link $l"; done
for l in "${LINKER_LIST[@]}"; do [[ $l == @(weld|bfd|gold|lld|mold) ]] || die "unknown linker $l"; done

if [[ -z $CORPUS ]]; then
    for d in "$BENCH_ROOT/../shared/corpus" /work/shared/corpus; do
        [[ -f $d/llvmtool.cpp ]] && { CORPUS=$(cd "$d" && pwd); break; }
    done
fi

((INSTALL)) && ensure_tools mold:mold hyperfine:hyperfine
[[ -x $WELD ]] || die "no weld at $WELD (run make first)"

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
# Snapshot weld: others may rebuild build/bin/weld while we measure.
cp -f "$WELD" "$BENCH_DIR/weld.bin"
"$BENCH_DIR/weld.bin" --version >/dev/null 2>&1 || die "$WELD does not run (being rebuilt?)"
WELD_DESC=$(weld_version "$WELD")

linker_cmd() { # linker_cmd NAME -> sets CMD array
    local t=()
    [[ -n $THREADS ]] && t=("--threads=$THREADS")
    case $1 in
        weld) CMD=("$BENCH_DIR/weld.bin" "${t[@]}") ;;
        bfd) CMD=(ld.bfd) ;;
        gold) CMD=(ld.gold) ;;
        lld) CMD=(ld.lld) ;;
        mold) CMD=(mold --no-fork "${t[@]}") ;;
    esac
}
linker_available() {
    case $1 in
        weld) [[ -x $BENCH_DIR/weld.bin ]] ;;
        bfd) command -v ld.bfd >/dev/null ;;
        gold) command -v ld.gold >/dev/null ;;
        lld) command -v ld.lld >/dev/null ;;
        mold) command -v mold >/dev/null ;;
    esac
}
linker_version() {
    case $1 in
        weld) printf '%s' "$WELD_DESC" ;;
        bfd) ld.bfd --version 2>/dev/null | head -1 ;;
        gold) ld.gold --version 2>/dev/null | head -1 ;;
        lld) ld.lld --version 2>/dev/null | head -1 ;;
        mold) mold --version 2>/dev/null | head -1 ;;
    esac
}

# ------------------------------------------------------------ capture
# The capturing ld: writes its arguments, minus -o FILE, one per line in
# double quotes (backslash and quote escaped: the response-file syntax GNU ld,
# gold, lld, mold and weld all read) to $WELD_BENCH_RSP, then runs GNU ld.
# gcc's LTO plugin options (-plugin, -plugin-opt) are left out of the list:
# libpython3.11.a holds fat LTO objects, and with the plugin GNU ld, gold and
# mold would call gcc's lto-wrapper (which needs the gcc driver's environment)
# instead of linking the objects' regular code as weld and lld do.
CAPDIR=$BENCH_DIR/capture
mkdir -p "$CAPDIR"
cat > "$CAPDIR/ld.new" <<'EOF'
#!/usr/bin/env bash
out=${WELD_BENCH_RSP:?}
: > "$out"
skip=0
for a in "$@"; do
    if ((skip)); then skip=0; continue; fi
    case $a in
        -o|-plugin) skip=1; continue ;;
        -o?*|-plugin-opt=*) continue ;;
        -plugin-opt) skip=1; continue ;;
    esac
    if [[ $a == @?* && -r ${a#@} ]]; then cat "${a#@}" >> "$out"; echo >> "$out"; continue; fi
    q=${a//\\/\\\\}; q=${q//\"/\\\"}
    printf '"%s"\n' "$q" >> "$out"
done
exec ld.bfd "$@"
EOF
chmod +x "$CAPDIR/ld.new"
cmp -s "$CAPDIR/ld.new" "$CAPDIR/ld" 2>/dev/null && rm "$CAPDIR/ld.new" || mv "$CAPDIR/ld.new" "$CAPDIR/ld"

# check_LINK BINARY OUTFILE: run the linked program, write what it printed
# to OUTFILE; non-zero if it did not run as it should.
check_hello() { timeout 30 "$1" > "$2" 2>&1 && [[ $(cat "$2") == hello ]]; }
check_python() {
    timeout 60 "$1" -c 'import json,re,zlib; print(json.dumps({"a": [1, 2]}), re.sub("b+", "x", "abbbc"), zlib.crc32(b"weld"))' > "$2" 2>&1
}
check_llvm() {
    { timeout 120 "$1" && timeout 120 "$1" aarch64-linux-gnu; } > "$2" 2>&1 && grep -q 'exceptions work' "$2"
}
# python-pie runs the corpus tier's script (tests/corpus/pytest.py: json, re,
# zlib, hashlib, math, struct, threads, exceptions, ...).
PYTEST=$BENCH_ROOT/tests/corpus/pytest.py
check_python_pie() { timeout 60 "$1" "$PYTEST" > "$2" 2>&1; }
check_llvm_dyn() { check_llvm "$@"; }
# The -shared rows are checked by a program linked (by GNU ld) against the
# library and run: python.o with the corpus script, llvmtool.o.
check_python_so() {
    local d rc
    d=$(mktemp -d)
    ln -s "$(readlink -f "$1")" "$d/libpython3.11.so.1.0"
    gcc -fuse-ld=bfd "$PYC/python.o" "$d/libpython3.11.so.1.0" -Wl,-rpath,"$d" -o "$d/py" > "$2" 2>&1 &&
        check_python_pie "$d/py" "$2"
    rc=$?
    rm -rf "$d"
    return $rc
}
check_llvm_so() {
    local d rc
    d=$(mktemp -d)
    g++ -fuse-ld=bfd "$LLVM_OBJ" "$(readlink -f "$1")" -o "$d/lt" > "$2" 2>&1 && check_llvm "$d/lt" "$2"
    rc=$?
    rm -rf "$d"
    return $rc
}

# llvm_object: compile the corpus's llvmtool.cpp once into $BENCH_DIR/llvm/
# (shared by the llvm and llvm-dyn links); sets LLVM_OBJ.
llvm_object() {
    LLVM_OBJ=$BENCH_DIR/llvm/llvmtool.o
    [[ -n $CORPUS && -f $CORPUS/llvmtool.cpp ]] || { log "llvm: llvmtool.cpp not found (set CORPUS=)"; return 1; }
    [[ -x $LLVM_CONFIG ]] || { log "llvm: $LLVM_CONFIG missing (llvm-14-dev)"; return 1; }
    mkdir -p "$BENCH_DIR/llvm"
    if [[ ! -f $LLVM_OBJ || $CORPUS/llvmtool.cpp -nt $LLVM_OBJ ]]; then
        log "llvm: compiling llvmtool.cpp"
        # shellcheck disable=SC2046
        g++ -c $("$LLVM_CONFIG" --cxxflags) -fexceptions "$CORPUS/llvmtool.cpp" -o "$LLVM_OBJ.tmp" &&
            mv "$LLVM_OBJ.tmp" "$LLVM_OBJ" || return 1
    fi
}
# llvm_so_cmd: the llvm-so link (corpus README): the LLVM archives that need
# no missing library, whole, with -z defs; sets cmd (prepare's local).
llvm_so_cmd() {
    local libs=() l
    for l in $("$LLVM_CONFIG" --link-static --libs all); do
        [[ $l == -l@(Polly|PollyISL|LLVMExtensions|LLVMLTO|LLVMInterpreter|LLVMLineEditor) ]] || libs+=("$l")
    done
    # shellcheck disable=SC2046
    cmd=(g++ -shared -L/usr/lib/llvm-14/lib -Wl,--whole-archive "${libs[@]}" -Wl,--no-whole-archive
         $("$LLVM_CONFIG" --link-static --system-libs) -lpthread -Wl,-z,defs)
}
# llvm_cmd STATIC...: the llvm link's g++ line (STATIC: -static or nothing);
# sets cmd (prepare's local).
llvm_cmd() {
    local libs=() l
    for l in $("$LLVM_CONFIG" --link-static --libs all); do
        [[ $l == -lPolly || $l == -lPollyISL ]] || libs+=("$l")
    done
    # shellcheck disable=SC2046
    cmd=(g++ "$@" "$LLVM_OBJ" $("$LLVM_CONFIG" --link-static --ldflags) "${libs[@]}" -lz -ltinfo -lpthread -ldl -lm)
}

# prepare LINK: build the corpus objects and capture the argument list once.
# Sets RSP (argument list) and REFOUT (checked output of the GNU-ld build).
prepare() {
    local link=$1 dir=$BENCH_DIR/$1 cmd=() check=check_${1//-/_} extra=
    mkdir -p "$dir"
    case $link in
        hello)
            [[ -f $dir/hello.o ]] || {
                printf '#include <stdio.h>\nint main(){puts("hello");}\n' > "$dir/hello.c"
                gcc -O2 -c "$dir/hello.c" -o "$dir/hello.o"
            }
            cmd=(gcc -static "$dir/hello.o") ;;
        python)
            [[ -f $PYC/python.o && -f $PYC/libpython3.11.a ]] || { log "python: $PYC/python.o or libpython3.11.a missing (libpython3.11-dev)"; return 1; }
            cmd=(gcc -static "$PYC/python.o" "-L$PYC" -lpython3.11 -lexpat -lz -lm -lpthread -lutil -ldl) ;;
        python-pie)
            # gcc's default: a dynamic PIE (-pie, -dynamic-linker, libc.so)
            [[ -f $PYC/python.o && -f $PYC/libpython3.11-pic.a ]] || { log "python-pie: $PYC/python.o or libpython3.11-pic.a missing (libpython3.11-dev)"; return 1; }
            [[ -f $PYTEST ]] || { log "python-pie: $PYTEST missing"; return 1; }
            extra=$(cksum < "$PYTEST")
            cmd=(gcc "$PYC/python.o" "-L$PYC" -l:libpython3.11-pic.a -lexpat -lz -lm -lpthread -lutil -ldl) ;;
        llvm)
            llvm_object || return 1
            llvm_cmd -static ;;
        llvm-dyn)
            # the llvm line without -static: dynamic libc and libstdc++, PIE
            llvm_object || return 1
            llvm_cmd ;;
        python-so)
            [[ -f $PYC/python.o && -f $PYC/libpython3.11-pic.a ]] || { log "python-so: $PYC/python.o or libpython3.11-pic.a missing (libpython3.11-dev)"; return 1; }
            extra=$(cksum < "$PYTEST")
            cmd=(gcc -shared -Wl,-soname,libpython3.11.so.1.0 -Wl,--whole-archive "$PYC/libpython3.11-pic.a"
                 -Wl,--no-whole-archive -lexpat -lz -lm) ;;
        llvm-so)
            llvm_object || return 1  # for the check's program
            llvm_so_cmd ;;
    esac
    RSP=$dir/args.rsp REFOUT=$dir/ref.out
    local key
    key=$(printf '%q ' "${cmd[@]}"; echo; cat "$CAPDIR/ld"; [[ -z $extra ]] || printf '\n%s' "$extra")
    if [[ -f $RSP && -f $REFOUT && -f $dir/key && $(cat "$dir/key") == "$key" ]]; then
        return 0
    fi
    log "$link: capturing the ld command line (and linking the GNU-ld reference)"
    rm -f "$RSP" "$REFOUT" "$dir/key"
    if ! WELD_BENCH_RSP=$RSP.tmp "${cmd[@]}" -B "$CAPDIR/" -o "$dir/ref" > "$dir/ref.log" 2>&1; then
        log "$link: reference link failed:"; tail -5 "$dir/ref.log" >&2; return 1
    fi
    [[ -s $RSP.tmp ]] || { log "$link: gcc did not run the capturing ld"; return 1; }
    if ! "$check" "$dir/ref" "$REFOUT.tmp"; then
        log "$link: the GNU-ld reference build does not run:"; head -5 "$REFOUT.tmp" >&2; return 1
    fi
    mv "$RSP.tmp" "$RSP"; mv "$REFOUT.tmp" "$REFOUT"
    printf '%s' "$key" > "$dir/key"
}

# ------------------------------------------------------------ measure
NEWDOC=$BENCH_DIR/newdoc
rm -rf "$NEWDOC"; mkdir -p "$NEWDOC"
STATUS=0
SUMMARY=()
MACHINE=$(machine_line)
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')

bench_link() {
    local link=$1 dir=$BENCH_DIR/$1 lk res out ok=() i
    local -A why=()
    if ! prepare "$link"; then
        log "$link: skipped"; STATUS=1; SUMMARY+=("$link: skipped (corpus not available)"); return 0
    fi
    cd "$dir"
    for lk in "${LINKER_LIST[@]}"; do
        out=$BENCH_DIR/out-$lk
        rm -f "$out" "$dir/$lk.times"
        if ! linker_available "$lk"; then why[$lk]="not installed"; continue; fi
        linker_cmd "$lk"
        # checked link = warm-up
        if ! timeout 600 "${CMD[@]}" -o "$out" "@$RSP" > "$dir/$lk.log" 2>&1; then
            why[$lk]="link failed: $(grep -m1 -v '^$' "$dir/$lk.log" | cut -c1-160)"
        elif ! "check_${link//-/_}" "$out" "$dir/$lk.out"; then
            why[$lk]="output does not run: $(head -1 "$dir/$lk.out" | cut -c1-160)"
        elif ! cmp -s "$dir/$lk.out" "$REFOUT"; then
            why[$lk]="output differs from the GNU-ld build: $(diff "$REFOUT" "$dir/$lk.out" | grep -m1 '^[<>]' | cut -c1-160)"
        else
            ok+=("$lk")
            stat -c %s "$out" > "$dir/$lk.size"
        fi
        [[ -n ${why[$lk]:-} ]] && log "$link: $lk FAILED: ${why[$lk]}"
    done
    for ((i = 1; i <= RUNS; i++)); do
        log "$link: run $i/$RUNS"
        for lk in "${ok[@]}"; do
            [[ -n ${why[$lk]:-} ]] && continue
            linker_cmd "$lk"
            out=$BENCH_DIR/out-$lk
            rm -f "$out"
            if ! timed_run "$dir/$lk.times" "$dir/$lk.err" "${CMD[@]}" -o "$out" "@$RSP"; then
                why[$lk]="link failed in timed run $i: $(head -1 "$dir/$lk.err" | cut -c1-160)"
                log "$link: $lk FAILED: ${why[$lk]}"
            fi
        done
    done
    cd "$BENCH_ROOT"

    local mw mr w c r sz rows="" data="" fails="" weldline="" spreadline=""
    local -A W C R
    for lk in "${LINKER_LIST[@]}"; do
        [[ -z ${why[$lk]:-} && -f $dir/$lk.times ]] || continue
        W[$lk]=$(col_median "$dir/$lk.times" 1)
        C[$lk]=$(col_median "$dir/$lk.times" 2)
        R[$lk]=$(col_median "$dir/$lk.times" 3)
        spreadline+="${spreadline:+, }$lk $(col_spread "$dir/$lk.times" 1 "${W[$lk]}")"
    done
    [[ -n $spreadline ]] && spreadline="Wall-time spread, (max − min) / median over the $RUNS runs: $spreadline."
    mw=${W[mold]:-} mr=${R[mold]:-}
    for lk in "${LINKER_LIST[@]}"; do
        if [[ -n ${why[$lk]:-} || -z ${W[$lk]:-} ]]; then
            rows+="| $lk | failed | | | | | |"$'\n'
            fails+="- **$lk**: ${why[$lk]:-no result}"$'\n'
            data+="<!-- data $link $lk failed -->"$'\n'
            continue
        fi
        w=${W[$lk]} c=${C[$lk]} r=${R[$lk]}
        sz=$(awk '{ printf "%.1f", $1 / 1048576 }' "$dir/$lk.size")
        rows+=$(awk -v lk="$lk" -v w="$w" -v c="$c" -v r="$r" -v sz="$sz" -v rw="$(ratio "$w" "$mw")" -v rr="$(ratio "$r" "$mr")" \
            'BEGIN { printf "| %s | %.3f | %s | %s | %s | %s | %s |", lk, w, (c == "nan" ? "-" : sprintf("%.2f", c)),
                (r == "nan" ? "-" : sprintf("%.0f", r / 1024)), rw, rr, sz }')$'\n'
        data+=$(printf '<!-- data %s %s %.4f -->' "$link" "$lk" "$w")$'\n'
    done
    if [[ -n ${W[weld]:-} && -n $mw ]]; then
        weldline="weld / mold: wall $(ratio "${W[weld]}" "$mw")x, peak RSS $(ratio "${R[weld]}" "$mr")x, CPU $(ratio "${C[weld]}" "${C[mold]}")x"
    elif [[ -n ${why[weld]:-} ]]; then
        weldline="weld FAILED: ${why[weld]}"
    fi
    [[ -n ${W[weld]:-} ]] || STATUS=1

    local table
    table="| linker | wall (s) | CPU user+sys (s) | peak RSS (MB) | wall / mold | RSS / mold | output (MB) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
$rows"
    printf '\n== %s: median of %d runs; %s; threads: %s\n%s\n%s\n' "$link" "$RUNS" "$MACHINE" "${THREADS:-default}" "$table" "$weldline"
    [[ -n $spreadline ]] && printf '%s\n' "$spreadline"
    for lk in "${LINKER_LIST[@]}"; do
        [[ -n ${W[$lk]:-} ]] && log "$link: $lk wall per run: $(awk '{ printf "%s%.3f", (NR > 1 ? " " : ""), $1 }' "$dir/$lk.times")"
    done
    [[ -n $fails ]] && printf 'Failed:\n%s' "$fails"
    SUMMARY+=("$link: ${weldline:-weld not measured}")

    local versions="" v
    for lk in "${LINKER_LIST[@]}"; do v=$(linker_version "$lk"); versions+="${versions:+; }$lk: ${v:-?}"; done
    {
        echo "<!-- BEGIN link:$link -->"
        echo "## $link"
        echo
        echo "$DATE — median of $RUNS timed runs per linker (after one checked warm-up link), threads: ${THREADS:-default}${NICE_CMD[*]:+, timed runs under ${NICE_CMD[*]}}."
        echo "Machine: $MACHINE."
        echo "Versions: $versions."
        echo
        printf '%s' "$table"
        echo
        [[ -n $weldline ]] && { echo "**$weldline**"; echo; }
        [[ -n $spreadline ]] && { echo "$spreadline"; echo; }
        [[ -n $fails ]] && { echo "Failed (not timed):"; echo; printf '%s' "$fails"; echo; }
        printf '%s' "$data"
        echo "<!-- END link:$link -->"
    } > "$NEWDOC/link_$link.md"
}

for link in "${LINK_LIST[@]}"; do
    bench_link "$link"
done

echo
echo "== summary (runs per linker: $RUNS; $MACHINE)"
printf '%s\n' "${SUMMARY[@]}"
if ((WRITE_DOC)); then
    write_doc "$NEWDOC"
    echo "wrote ${DOC#"$BENCH_ROOT"/} and ${SVG#"$BENCH_ROOT"/}"
fi
exit $STATUS
