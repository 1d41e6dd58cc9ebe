#!/usr/bin/env bash
# Differential integration tests for weld.
#
# Usage: tests/integration/run.sh [--weld PATH] [--jobs N] [--keep] [NAME_FILTER...]
#
# Every case in tests/integration/cases/<name>/ is built twice, once with weld
# as the linker and once with GNU ld (ld.bfd), both programs are run and their
# stdout, stderr and exit status are compared.  See tests/integration/README.md.
#
# NAME_FILTER: a case runs if its name contains any of the given strings
# (no filter = all cases).  Exit status: 0 all passed, 1 some failed, 2 usage.

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

# ---------------------------------------------------------------------------
# Worker: run one case.  Invoked as: run.sh --__one NAME  (internal)
# Environment: WT_TMP, WT_WELD, WT_BFD, WT_KEEP
# ---------------------------------------------------------------------------
if [ "${1:-}" = "--__one" ]; then
    name=$2
    src="$CASEDIR/$name"
    work="$WT_TMP/work/$name"
    res="$WT_TMP/results/$name"
    report="$WT_TMP/reports/$name"
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
    finish() { # STATUS(PASS|FAIL) [REASON]
        if [ "$1" = PASS ]; then
            printf 'PASS %s\n' "$name" > "$report.head"
        else
            printf 'FAIL %s: %s\n' "$name" "$2" > "$report.head"
        fi
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
    # shellcheck disable=SC1090
    . "$LIBSH"
    . "$src/case.sh" || finish FAIL "cannot source case.sh"
    declare -F build >/dev/null || finish FAIL "case.sh defines no build function"

    # do_build PASS LD -> runs build() in $work/PASS; sets b_status
    do_build() {
        local pass=$1 dir="$work/$1"
        rm -rf "$dir"; mkdir -p "$dir"
        cp -a "$src/." "$dir/"
        if [ -n "$PRECREATE_OUTPUT" ]; then
            printf '%s\n' "$KNOWN_BYTES" > "$dir/prog"
        fi
        ( cd "$dir" && \
          LDDIR="$WT_TMP/$pass" LD="$2" PASS="$pass" WT_LIBSH="$LIBSH" \
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
    sed -n '2,12p' "$SELF" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

WELD_BIN=${WELD:-$ROOT/build/bin/weld}
JOBS=$(nproc 2>/dev/null || echo 2)
KEEP=0
FILTERS=()
while [ $# -gt 0 ]; do
    case $1 in
        --weld) [ $# -ge 2 ] || usage; WELD_BIN=$2; shift 2 ;;
        --weld=*) WELD_BIN=${1#--weld=}; shift ;;
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
if [ ${#cases[@]} -gt 0 ]; then
    printf '%s\n' "${cases[@]}" | xargs -P "$JOBS" -I{} bash "$SELF" --__one {}
fi

passed=0; failed=0
for n in "${cases[@]}"; do
    if [ "$(cat "$TMP/results/$n" 2>/dev/null)" = PASS ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        # a worker that died without reporting
        [ -f "$TMP/results/$n" ] || echo "FAIL $n: test runner worker crashed"
    fi
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
