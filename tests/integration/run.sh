#!/usr/bin/env bash
# Differential integration tests for weld.
#
# Usage: tests/integration/run.sh [--weld PATH] [--mode MODE] [--jobs N] [--keep]
#                                  [NAME_FILTER...]
#
# Every case in tests/integration/cases/<name>/ is built twice, once with weld
# as the linker and once with GNU ld (ld.bfd), both programs are run and their
# stdout, stderr and exit status are compared.  See tests/integration/README.md.
#
# MODE: static, pie, nopie, all (= all three), or a comma-separated list;
# default $WT_MODE, else static.  NAME_FILTER: a case runs if its name contains
# any of the given strings (no filter = all cases).
# Exit status: 0 all passed, 1 some failed, 2 usage.

set -u

SELF=$(readlink -f "${BASH_SOURCE[0]}")
TESTDIR=$(dirname "$SELF")
ROOT=$(cd "$TESTDIR/../.." && pwd)
CASEDIR="$TESTDIR/cases"
LIBSH="$TESTDIR/lib.sh"

BFD=${BFD_LD:-/usr/bin/ld.bfd}
BUILD_TIMEOUT=${WELD_TEST_BUILD_TIMEOUT:-60}
RUN_TIMEOUT=${WELD_TEST_RUN_TIMEOUT:-20}
KNOWN_BYTES='weld-test: pre-existing output file, must stay untouched'

# in_modes MODE CASE_MODES: the case runs in MODE.  staticpie (-static-pie
# instead of -static) applies to the cases that run both static and as a
# PIE: static links of position-independent code.
in_modes() {
    case $1 in
        staticpie) case " $2 " in *" static "*) case " $2 " in *" pie "*) return 0 ;; esac ;; esac; return 1 ;;
        *) case " $2 " in *" $1 "*) return 0 ;; esac; return 1 ;;
    esac
}

# ---------------------------------------------------------------------------
# Worker: run one case in one link mode.
# Invoked as: run.sh --__one NAME MODE  (internal)
# Environment: WT_TMP, WT_WELD, WT_BFD, WT_KEEP
# ---------------------------------------------------------------------------
if [ "${1:-}" = "--__one" ]; then
    name=$2
    mode=$3
    src="$CASEDIR/$name"
    work="$WT_TMP/work/$name.$mode"
    res="$WT_TMP/results/$name.$mode"
    report="$WT_TMP/reports/$name.$mode"
    mkdir -p "$work"
    : > "$report"

    note() { printf '%s\n' "$*" >> "$report"; }
    # indented, truncated excerpt of a file
    excerpt() { # FILE [LINES]
        local n=${2:-15}
        [ -s "$1" ] || return 0
        head -n "$n" "$1" | sed 's/^/    | /' >> "$report"
        local total; total=$(wc -l < "$1")
        [ "$total" -gt "$n" ] && note "    | ... ($((total - n)) more lines)"
        return 0
    }
    finish() { # STATUS(PASS|FAIL|SKIP) [REASON]
        case $1 in
            PASS) printf 'PASS %s [%s]\n' "$name" "$mode" > "$report.head" ;;
            *) printf '%s %s [%s]: %s\n' "$1" "$name" "$mode" "$2" > "$report.head" ;;
        esac
        echo "$1" > "$res"
        cat "$report.head" "$report" > "$report.all"
        # one write() so that parallel workers do not interleave
        printf '%s' "$(cat "$report.all")
"
        [ "$WT_KEEP" = 1 ] || rm -rf "$work"
        exit 0
    }

    # Read the case's settings.
    EXPECT_ERROR=; EXPECT_ERROR2=; EXPECT_ERROR3=; PRECREATE_OUTPUT=; IGNORE_STDERR=
    MODES=
    # shellcheck disable=SC1090
    WT_MODE=$mode . "$LIBSH"
    . "$src/case.sh" || finish FAIL "cannot source case.sh"
    declare -F build >/dev/null || finish FAIL "case.sh defines no build function"
    case_modes=${MODES:-static pie nopie}
    for m in $case_modes; do
        case $m in static|pie|nopie) ;; *) finish FAIL "bad MODES value '$m' in case.sh" ;; esac
    done
    in_modes "$mode" "$case_modes" || finish SKIP "not in MODES=\"$case_modes\""

    # do_build PASS LD -> runs build() in $work/PASS; sets b_status
    do_build() {
        local pass=$1 dir="$work/$1"
        rm -rf "$dir"; mkdir -p "$dir"
        cp -a "$src/." "$dir/"
        if [ -n "$PRECREATE_OUTPUT" ]; then
            printf '%s\n' "$KNOWN_BYTES" > "$dir/prog"
        fi
        ( cd "$dir" && \
          LDDIR="$WT_TMP/$pass" LD="$2" PASS="$pass" WT_MODE="$mode" WT_LIBSH="$LIBSH" \
          timeout -k 5 "$BUILD_TIMEOUT" bash -c \
            '. "$WT_LIBSH"; . ./case.sh; set -e; build' \
            > build.out 2> build.err < /dev/null )
        b_status=$?
    }

    # do_run PASS -> run() in $work/PASS, output into run.out/run.err/run.status.
    do_run() {
        local dir="$work/$1"
        ( cd "$dir" && ulimit -c 0 && \
          env -i PATH=/usr/bin:/bin HOME=/nonexistent LANG=C LC_ALL=C TZ=UTC \
                 WELD_TEST_VAR=hello-from-runner WT_LIBSH="$LIBSH" \
          timeout -k 2 "$RUN_TIMEOUT" bash -c \
            '. "$WT_LIBSH"; . ./case.sh; run' \
            > run.out 2> run.err < /dev/null )
        echo $? > "$dir/run.status"
        # bash reports a program killed by a signal with its pid:
        # ".../lib.sh: line 46: 12345 Segmentation fault      ./prog"
        sed -i -E 's/(: line [0-9]+: +)[0-9]+ /\1PID /' "$dir/run.err"
    }

    # ------------------------------------------------------------ error cases
    if [ -n "$EXPECT_ERROR" ]; then
        do_build weld_ld "$WT_WELD"
        d="$work/weld_ld"
        if [ "$b_status" -eq 124 ] || [ "$b_status" -eq 137 ]; then
            excerpt "$d/build.err"; finish FAIL "link timed out"
        fi
        if [ "$b_status" -ne 1 ]; then
            excerpt "$d/build.err"
            finish FAIL "expected link to fail with status 1, got $b_status"
        fi
        for re in "$EXPECT_ERROR" "$EXPECT_ERROR2" "$EXPECT_ERROR3"; do
            [ -z "$re" ] && continue
            if ! grep -Eq -- "$re" "$d/build.err"; then
                excerpt "$d/build.err"
                finish FAIL "link error message does not match /$re/"
            fi
        done
        if [ -n "$PRECREATE_OUTPUT" ]; then
            if [ ! -f "$d/prog" ] || \
               [ "$(cat "$d/prog")" != "$KNOWN_BYTES" ] || \
               [ "$(wc -c < "$d/prog")" -ne $(( ${#KNOWN_BYTES} + 1 )) ]; then
                finish FAIL "pre-existing output file was modified or removed by the failed link"
            fi
        elif [ -e "$d/prog" ] || [ -L "$d/prog" ]; then
            finish FAIL "failed link left an output file behind"
        fi
        finish PASS
    fi

    # ----------------------------------------------------- differential cases
    do_build bfd_ld "$WT_BFD"
    if [ "$b_status" -ne 0 ] || [ ! -f "$work/bfd_ld/prog" ]; then
        excerpt "$work/bfd_ld/build.err"
        finish FAIL "reference build with GNU ld failed (status $b_status) - broken test case?"
    fi
    do_build weld_ld "$WT_WELD"
    if [ "$b_status" -ne 0 ]; then
        excerpt "$work/weld_ld/build.err"
        if [ "$b_status" -eq 124 ] || [ "$b_status" -eq 137 ]; then
            finish FAIL "build with weld timed out"
        fi
        finish FAIL "build with weld failed (status $b_status)"
    fi
    if [ ! -f "$work/weld_ld/prog" ]; then
        finish FAIL "build with weld produced no ./prog"
    fi

    # readelf sanity check of weld's output
    ( cd "$work/weld_ld" && readelf -a -W prog > readelf.out 2> readelf.err )
    if [ -s "$work/weld_ld/readelf.err" ]; then
        excerpt "$work/weld_ld/readelf.err"
        finish FAIL "readelf complains about weld output"
    fi
    # readelf's own complaints on stdout ("Warning", "warning", "Error" as a
    # word).  Occurrences inside identifiers are not complaints: section
    # .gnu.warning.dlopen or symbol __evoke_link_warning_dlopen from glibc's
    # libc.a, which some linkers legitimately keep in the output.
    if grep -E '(^|[^._A-Za-z0-9])(Warning|warning|Error)' "$work/weld_ld/readelf.out" > "$work/weld_ld/readelf.bad"; then
        excerpt "$work/weld_ld/readelf.bad"
        finish FAIL "readelf complains about weld output"
    fi

    # Dynamic modes: ELF type, interpreter, the set of DT_NEEDED names,
    # DT_FLAGS and DT_FLAGS_1 must be those of GNU ld's program.
    dyn_reason=
    if [ "$mode" != static ]; then
        dyn_summary() { # DIR -> DIR/dynamic.txt
            local d=$1
            val() { if [ -n "$1" ]; then printf '%s\n' "$1"; else echo '(none)'; fi; }
            readelf -d -W "$d/prog" > "$d/dynamic.raw" 2>/dev/null
            {
                printf 'ELF type: '; val "$(readelf -h -W "$d/prog" 2>/dev/null |
                    sed -n -E 's/^ *Type: *([A-Z]+).*/\1/p')"
                printf 'interpreter: '; val "$(readelf -l -W "$d/prog" 2>/dev/null |
                    sed -n -E 's/.*\[Requesting program interpreter: (.*)\]$/\1/p')"
                printf 'DT_NEEDED: '; val "$(sed -n -E 's/.*\(NEEDED\).*\[(.*)\]$/\1/p' "$d/dynamic.raw" |
                    LC_ALL=C sort -u | tr '\n' ' ' | sed 's/ $//')"
                printf 'DT_FLAGS: '; val "$(sed -n -E 's/^ *0x[0-9a-f]+ \(FLAGS\) +//p' "$d/dynamic.raw" | tr -s ' ')"
                printf 'DT_FLAGS_1: '; val "$(sed -n -E 's/^ *0x[0-9a-f]+ \(FLAGS_1\) +(Flags: *)?//p' "$d/dynamic.raw" | tr -s ' ')"
            } > "$d/dynamic.txt"
        }
        dyn_summary "$work/bfd_ld"
        dyn_summary "$work/weld_ld"
        if ! cmp -s "$work/bfd_ld/dynamic.txt" "$work/weld_ld/dynamic.txt"; then
            what=$(diff "$work/bfd_ld/dynamic.txt" "$work/weld_ld/dynamic.txt" |
                   sed -n -E 's/^[<>] ([^:]+):.*/\1/p' | awk '!seen[$0]++' | paste -sd, - | sed 's/,/, /g')
            note "  dynamic summary diff (--- GNU ld, +++ weld):"
            diff -u --label ld.bfd --label weld "$work/bfd_ld/dynamic.txt" "$work/weld_ld/dynamic.txt" > "$work/dynamic.diff"
            excerpt "$work/dynamic.diff" 20
            dyn_reason="dynamic linking properties differ ($what)"
        fi
    fi

    do_run bfd_ld
    do_run weld_ld
    ws=$(cat "$work/weld_ld/run.status"); bs=$(cat "$work/bfd_ld/run.status")
    if [ "$bs" -eq 124 ] || [ "$bs" -eq 137 ]; then
        finish FAIL "program linked by GNU ld timed out - broken test case?"
    fi
    if [ "$ws" -eq 124 ] || [ "$ws" -eq 137 ]; then
        excerpt "$work/weld_ld/run.out" 10
        finish FAIL "program linked by weld timed out (${RUN_TIMEOUT}s)"
    fi
    reasons=()
    [ -n "$dyn_reason" ] && reasons+=("$dyn_reason")
    if ! cmp -s "$work/bfd_ld/run.out" "$work/weld_ld/run.out"; then
        reasons+=("stdout differs")
        note "  stdout diff (--- GNU ld, +++ weld):"
        diff -u --label ld.bfd --label weld "$work/bfd_ld/run.out" "$work/weld_ld/run.out" > "$work/stdout.diff"
        excerpt "$work/stdout.diff" 20
    fi
    if [ -z "$IGNORE_STDERR" ] && ! cmp -s "$work/bfd_ld/run.err" "$work/weld_ld/run.err"; then
        reasons+=("stderr differs")
        note "  stderr diff (--- GNU ld, +++ weld):"
        diff -u --label ld.bfd --label weld "$work/bfd_ld/run.err" "$work/weld_ld/run.err" > "$work/stderr.diff"
        excerpt "$work/stderr.diff" 20
    fi
    if [ "$ws" != "$bs" ]; then
        desc() { if [ "$1" -gt 128 ] && [ "$1" -lt 160 ]; then echo "$1=signal $(( $1 - 128 ))"; else echo "$1"; fi; }
        reasons+=("exit status differs (weld $(desc "$ws"), GNU ld $(desc "$bs"))")
    fi
    if [ ${#reasons[@]} -gt 0 ]; then
        r=$(IFS=';'; echo "${reasons[*]}"); r=${r//;/, }
        finish FAIL "$r"
    fi
    finish PASS
fi

# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
usage() {
    sed -n '2,14p' "$SELF" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

WELD_BIN=${WELD:-$ROOT/build/bin/weld}
JOBS=$(nproc 2>/dev/null || echo 2)
KEEP=0
MODE_ARG=${WT_MODE:-static}
FILTERS=()
while [ $# -gt 0 ]; do
    case $1 in
        --weld) [ $# -ge 2 ] || usage; WELD_BIN=$2; shift 2 ;;
        --weld=*) WELD_BIN=${1#--weld=}; shift ;;
        --mode) [ $# -ge 2 ] || usage; MODE_ARG=$2; shift 2 ;;
        --mode=*) MODE_ARG=${1#--mode=}; shift ;;
        --jobs|-j) [ $# -ge 2 ] || usage; JOBS=$2; shift 2 ;;
        --jobs=*) JOBS=${1#--jobs=}; shift ;;
        -j*) JOBS=${1#-j}; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage ;;
        --) shift; FILTERS+=("$@"); break ;;
        -*) echo "run.sh: unknown option $1" >&2; usage ;;
        *) FILTERS+=("$1"); shift ;;
    esac
done
case $JOBS in ''|*[!0-9]*|0) echo "run.sh: bad --jobs value '$JOBS'" >&2; exit 2 ;; esac
MODES_RUN=()
for m in ${MODE_ARG//,/ }; do
    case $m in
        all) MODES_RUN+=(static pie nopie staticpie) ;;
        static|pie|nopie|staticpie) MODES_RUN+=("$m") ;;
        *) echo "run.sh: bad --mode value '$m' (static, pie, nopie, staticpie or all)" >&2; exit 2 ;;
    esac
done
[ ${#MODES_RUN[@]} -gt 0 ] || { echo "run.sh: empty --mode" >&2; exit 2; }
# unique, in the order static pie nopie
m_all=" ${MODES_RUN[*]} "; MODES_RUN=()
for m in static pie nopie staticpie; do case $m_all in *" $m "*) MODES_RUN+=("$m") ;; esac; done

if [ ! -x "$WELD_BIN" ] || [ -d "$WELD_BIN" ]; then
    echo "run.sh: weld binary '$WELD_BIN' not found or not executable (build it, or pass --weld PATH)" >&2
    exit 2
fi
# absolute, but keep symlinks (multi-call binaries look at argv[0])
WELD_BIN=$(realpath -s "$WELD_BIN")
if [ ! -x "$BFD" ]; then
    echo "run.sh: GNU ld '$BFD' not found" >&2
    exit 2
fi
BFD=$(realpath -s "$BFD")

cases=()
for d in "$CASEDIR"/*/; do
    n=$(basename "$d")
    [ -f "$d/case.sh" ] || continue
    if [ ${#FILTERS[@]} -gt 0 ]; then
        hit=0
        for f in "${FILTERS[@]}"; do
            case $n in *"$f"*) hit=1; break ;; esac
        done
        [ $hit = 1 ] || continue
    fi
    cases+=("$n")
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/weld-integ.XXXXXX")
if [ $KEEP = 1 ]; then
    echo "run.sh: keeping scratch files in $TMP" >&2
else
    trap 'rm -rf "$TMP"' EXIT
fi
trap 'exit 130' INT TERM
mkdir -p "$TMP/weld_ld" "$TMP/bfd_ld" "$TMP/work" "$TMP/results" "$TMP/reports"
ln -s "$WELD_BIN" "$TMP/weld_ld/ld"
ln -s "$BFD" "$TMP/bfd_ld/ld"

export WT_TMP="$TMP" WT_WELD="$WELD_BIN" WT_BFD="$BFD" WT_KEEP="$KEEP"
unset WT_MODE   # the workers get their mode as an argument

# Cases skipped because of their MODES are reported first (so that a
# "| grep -v ^PASS | tail" of the output still ends with the failures), the
# rest run in parallel.  (The worker checks MODES again and validates it.)
declare -A case_modes=()
for n in "${cases[@]}"; do
    # shellcheck disable=SC1090
    case_modes[$n]=$( MODES=; . "$LIBSH" >/dev/null 2>&1; . "$CASEDIR/$n/case.sh" >/dev/null 2>&1
                      echo "${MODES:-static pie nopie}" )
done
jobs=()
for m in "${MODES_RUN[@]}"; do
    for n in "${cases[@]}"; do
        cm=${case_modes[$n]}
        if in_modes "$m" "$cm"; then jobs+=("$n $m"); continue; fi
        ok=1        # a bad MODES value: the worker reports it
        for x in $cm; do case $x in static|pie|nopie) ;; *) ok=0 ;; esac; done
        if [ $ok = 1 ]; then
            echo SKIP > "$TMP/results/$n.$m"
            printf 'SKIP %s [%s]: not in MODES="%s"\n' "$n" "$m" "$cm"
        else
            jobs+=("$n $m")
        fi
    done
done
if [ ${#jobs[@]} -gt 0 ]; then
    printf '%s\n' "${jobs[@]}" | xargs -P "$JOBS" -n 2 bash "$SELF" --__one
fi

passed=0; failed=0; skipped=0
for m in "${MODES_RUN[@]}"; do
    for n in "${cases[@]}"; do
        case $(cat "$TMP/results/$n.$m" 2>/dev/null) in
            PASS) passed=$((passed + 1)) ;;
            SKIP) skipped=$((skipped + 1)) ;;
            *)  failed=$((failed + 1))
                # a worker that died without reporting
                [ -f "$TMP/results/$n.$m" ] || echo "FAIL $n [$m]: test runner worker crashed" ;;
        esac
    done
done
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
