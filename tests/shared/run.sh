#!/usr/bin/env bash
# Differential shared-library tests for weld.
#
# Usage: tests/shared/run.sh [--weld PATH] [--jobs N] [--keep] [NAME_FILTER...]
#
# Every case in tests/shared/cases/<name>/ builds its shared libraries and its
# program in four combinations of linkers (library linker, program linker):
# GNU ld + GNU ld (the reference), weld + weld, weld + GNU ld, GNU ld + weld.
# All programs must behave like the reference (stdout, stderr, exit status),
# and weld's libraries must have the dynamic symbols, versions and dynamic
# tags of GNU ld's.  See tests/shared/README.md.
#
# NAME_FILTER: a case runs if its name contains any of the given strings.
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
COMPARE_KEYS="dynsyms versions dynamic progdyn"

# ---------------------------------------------------------------------------
# Worker: run one case.
# Invoked as: run.sh --__one NAME  (internal)
# Environment: WT_TMP, WT_KEEP; $WT_TMP/weld_ld/ld and $WT_TMP/bfd_ld/ld
# ---------------------------------------------------------------------------
if [ "${1:-}" = "--__one" ]; then
    name=$2
    src="$CASEDIR/$name"
    work="$WT_TMP/work/$name"
    res="$WT_TMP/results/$name"
    report="$WT_TMP/reports/$name"
    rm -rf "$work"; mkdir -p "$work"
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
    reasons=()
    finish() { # STATUS(PASS|FAIL|SKIP) [REASON]
        local r
        case $1 in
            PASS) printf 'PASS %s\n' "$name" > "$report.head" ;;
            *) printf '%s %s: %s\n' "$1" "$name" "$2" > "$report.head" ;;
        esac
        echo "$1" > "$res"
        cat "$report.head" "$report" > "$report.all"
        # one write() so that parallel workers do not interleave
        printf '%s' "$(cat "$report.all")
"
        [ "$WT_KEEP" = 1 ] || rm -rf "$work"
        exit 0
    }
    # fail_collected: FAIL with all reasons collected so far (PASS if none)
    fail_collected() {
        if [ ${#reasons[@]} -gt 0 ]; then
            local r; r=$(IFS=';'; echo "${reasons[*]}"); r=${r//;/; }
            finish FAIL "$r"
        fi
        finish PASS
    }
    ld_dir()  { echo "$WT_TMP/$1_ld"; }          # bfd|weld -> directory with ld
    ld_bin()  { readlink "$WT_TMP/$1_ld/ld"; }    # bfd|weld -> linker binary
    # "weld_bfd" -> "lib weld + prog GNU ld"
    label() {
        local l=${1%_*} p=${1#*_}
        [ "$l" = bfd ] && l="GNU ld"; [ "$p" = bfd ] && p="GNU ld"
        if [ "$NO_LIB" = 1 ]; then echo "prog $p"; else echo "lib $l + prog $p"; fi
    }
    is_timeout() { [ "$1" -eq 124 ] || [ "$1" -eq 137 ]; }

    # Read the case's settings.
    EXPECT_ERROR=; EXPECT_ERROR2=; EXPECT_ERROR3=; NO_LIB=; LIBS=; PROGS=
    SKIP_COMPARE=; IGNORE_STDERR=; REQUIRES=
    # shellcheck disable=SC1090
    . "$LIBSH"
    unset -f build_lib build_prog
    . "$src/case.sh" || finish FAIL "cannot source case.sh"
    has_lib=0; declare -F build_lib >/dev/null && has_lib=1
    has_prog=0; declare -F build_prog >/dev/null && has_prog=1
    if [ "$NO_LIB" = 1 ]; then
        [ $has_lib = 1 ] && finish FAIL "case.sh sets NO_LIB=1 but defines build_lib"
    elif [ -n "$NO_LIB" ]; then
        finish FAIL "bad NO_LIB value '$NO_LIB' in case.sh (1 or empty)"
    elif [ $has_lib = 0 ]; then
        NO_LIB=1
    fi
    if [ -n "$EXPECT_ERROR" ]; then
        [ "$NO_LIB" = 1 ] && finish FAIL "EXPECT_ERROR needs a build_lib function"
    else
        [ $has_prog = 1 ] || finish FAIL "case.sh defines no build_prog function"
    fi
    for k in $SKIP_COMPARE; do
        case " $COMPARE_KEYS " in
            *" $k "*) ;;
            *) finish FAIL "bad SKIP_COMPARE value '$k' in case.sh ($COMPARE_KEYS)" ;;
        esac
    done
    skipped_cmp() { case " $SKIP_COMPARE " in *" $1 "*) return 0 ;; esac; return 1; }
    for c in $REQUIRES; do
        command -v "$c" >/dev/null 2>&1 || finish SKIP "needs $c, which is not installed"
    done
    # PROGS unset: ./prog, if the reference build_prog makes one (a case
    # whose run() starts something else, e.g. python3 loading the library,
    # builds no program)
    PROGS_SET=${PROGS:+1}

    # new_files COMBO -> relative paths of the files that build_lib created
    # (regular files and symlinks), into $work/COMBO.libfiles
    snapshot() { ( cd "$work/$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort ); }

    # step COMBO STEP: run build_lib or build_prog in $work/COMBO; sets st.
    # Logs: $work/COMBO.STEP.out/.err
    step() {
        local combo=$1 s=$2 l=${1%_*} p=${1#*_} dir="$work/$1"
        [ "$NO_LIB" = 1 ] && l=bfd
        ( cd "$dir" && \
          LIBLD=$(ld_dir "$l") LIB_LD_BIN=$(ld_bin "$l") \
          PROGLD=$(ld_dir "$p") PROG_LD_BIN=$(ld_bin "$p") \
          COMBO="$combo" WT_LIBSH="$LIBSH" WT_STEP="$s" \
          timeout -k 5 "$BUILD_TIMEOUT" bash -c \
            '. "$WT_LIBSH"; . ./case.sh; set -e; "$WT_STEP"' \
            > "$work/$combo.$s.out" 2> "$work/$combo.$s.err" < /dev/null )
        st=$?
    }
    # prepare COMBO: a fresh scratch copy of the case directory
    prepare() {
        rm -rf "${work:?}/$1"; mkdir -p "$work/$1"
        cp -a "$src/." "$work/$1/"
    }
    # build_lib_in COMBO: build_lib; sets st and writes COMBO.libfiles
    build_lib_in() {
        snapshot "$1" > "$work/$1.files0"
        step "$1" build_lib
        snapshot "$1" > "$work/$1.files1"
        LC_ALL=C comm -13 "$work/$1.files0" "$work/$1.files1" > "$work/$1.libfiles"
    }

    # do_run COMBO -> run() in $work/COMBO, output into COMBO.run.out/.err/.status
    do_run() {
        local dir="$work/$1"
        ( cd "$dir" && ulimit -c 0 && \
          env -i PATH=/usr/bin:/bin HOME=/nonexistent LANG=C LC_ALL=C TZ=UTC \
                 WELD_TEST_VAR=hello-from-runner WT_LIBSH="$LIBSH" \
          timeout -k 2 "$RUN_TIMEOUT" bash -c \
            '. "$WT_LIBSH"; . ./case.sh; run' \
            > "$work/$1.run.out" 2> "$work/$1.run.err" < /dev/null )
        echo $? > "$work/$1.run.status"
        # bash reports a program killed by a signal with its pid:
        # "environment: line 3: 12345 Segmentation fault      ./prog"
        sed -i -E 's/(: line [0-9]+: +)[0-9]+ /\1PID /' "$work/$1.run.err"
    }

    # ------------------------------------------------------------ error cases
    if [ -n "$EXPECT_ERROR" ]; then
        # GNU ld must refuse the link too, else the case is broken.
        prepare bfd_bfd
        build_lib_in bfd_bfd
        if [ "$st" -eq 0 ]; then
            finish FAIL "GNU ld links the library (EXPECT_ERROR case) - broken test case?"
        fi
        prepare weld_weld
        build_lib_in weld_weld
        e="$work/weld_weld.build_lib.err"
        if is_timeout "$st"; then
            excerpt "$e"; finish FAIL "link with weld timed out"
        fi
        if [ "$st" -ne 1 ]; then
            excerpt "$e"
            finish FAIL "expected the library link with weld to fail with status 1, got $st"
        fi
        for re in "$EXPECT_ERROR" "$EXPECT_ERROR2" "$EXPECT_ERROR3"; do
            [ -z "$re" ] && continue
            if ! grep -Eq -- "$re" "$e"; then
                excerpt "$e"
                finish FAIL "link error message does not match /$re/"
            fi
        done
        # objects of cc_c/cc_pic may stay, nothing else
        left=$(grep -v -E '\.o$' "$work/weld_weld.libfiles" | paste -sd' ' -)
        if [ -n "$left" ]; then
            finish FAIL "failed link left an output file behind: $left"
        fi
        finish PASS
    fi

    # ----------------------------------------------------- differential cases
    if [ "$NO_LIB" = 1 ]; then
        combos="bfd_bfd bfd_weld"
    else
        combos="bfd_bfd bfd_weld weld_weld weld_bfd"
    fi
    built=()            # combos whose ./prog was built
    weld_lib_failed=0
    for combo in $combos; do
        prepare "$combo"
        lab=$(label "$combo")
        l=${combo%_*}
        if [ "$NO_LIB" != 1 ]; then
            if [ "$combo" = weld_bfd ] && [ $weld_lib_failed = 1 ]; then
                continue        # the same library build failed in weld_weld
            fi
            build_lib_in "$combo"
            if [ "$st" -ne 0 ]; then
                case $l in
                    bfd) [ "$combo" = bfd_bfd ] || { excerpt "$work/$combo.build_lib.err"
                             finish FAIL "library build with GNU ld failed in $combo, but not in bfd_bfd - nondeterministic test case?"; }
                         excerpt "$work/$combo.build_lib.err"
                         finish FAIL "reference build of the libraries with GNU ld failed (status $st) - broken test case?" ;;
                esac
                weld_lib_failed=1
                note "  library build with weld ($lab), stderr:"
                excerpt "$work/$combo.build_lib.err" 12
                if is_timeout "$st"; then reasons+=("library build with weld timed out")
                else reasons+=("library build with weld failed (status $st)"); fi
                continue
            fi
        fi
        step "$combo" build_prog
        if [ "$st" -ne 0 ]; then
            if [ "$combo" = bfd_bfd ]; then
                excerpt "$work/$combo.build_prog.err"
                finish FAIL "reference build of the program with GNU ld failed (status $st) - broken test case?"
            fi
            note "  program build ($lab), stderr:"
            excerpt "$work/$combo.build_prog.err" 12
            if is_timeout "$st"; then reasons+=("program build timed out ($lab)")
            else reasons+=("program build failed ($lab, status $st)"); fi
            continue
        fi
        if [ "$combo" = bfd_bfd ] && [ -z "$PROGS_SET" ]; then
            PROGS=; [ -f "$work/$combo/prog" ] && PROGS=prog
        fi
        missing=
        for p in $PROGS; do [ -f "$work/$combo/$p" ] || missing="$missing $p"; done
        if [ -n "$missing" ]; then
            [ "$combo" = bfd_bfd ] && finish FAIL "reference build produced no${missing} - broken test case?"
            reasons+=("program build produced no${missing} ($lab)")
            continue
        fi
        built+=("$combo")
    done

    # The libraries compared: $LIBS, else the *.so / *.so.N files that
    # build_lib created in the reference build.
    if [ "$NO_LIB" != 1 ]; then
        if [ -n "$LIBS" ]; then
            libs=$LIBS
            for lib in $libs; do
                [ -f "$work/bfd_bfd/$lib" ] || finish FAIL "LIBS names $lib, which the reference build_lib did not create - broken test case?"
            done
        else
            libs=$(cd "$work/bfd_bfd" && while read -r f; do
                       [ -f "$f" ] && [ ! -L "$f" ] || continue
                       case ${f##*/} in *.so|*.so.[0-9]*) echo "$f" ;; esac
                   done < "$work/bfd_bfd.libfiles")
            [ -n "$libs" ] || finish FAIL "build_lib created no *.so file - broken test case? (set NO_LIB=1 or LIBS)"
        fi
        # weld's build_lib must leave the same files (no stray temporaries)
        if [ $weld_lib_failed = 0 ] && \
           ! cmp -s "$work/bfd_bfd.libfiles" "$work/weld_weld.libfiles"; then
            d=$(diff "$work/bfd_bfd.libfiles" "$work/weld_weld.libfiles" |
                sed -n -E 's/^< (.*)/-\1/p; s/^> (.*)/+\1/p' | paste -sd' ' -)
            reasons+=("build_lib with weld created other files than with GNU ld ($d)")
        fi
    fi

    # ------------------------------------------------ readelf sanity checks
    # readelf_check FILE LABEL: readelf -a -W must not complain about FILE.
    # Its complaints on stdout: "Warning", "warning", "Error" as a word;
    # occurrences inside identifiers (section .gnu.warning.dlopen, symbol
    # __evoke_link_warning_dlopen) are not complaints.
    readelf_check() {
        local f=$1 base; base=$work/readelf.$(echo "$2" | tr -c 'A-Za-z0-9_.\n' _)
        readelf -a -W "$f" > "$base.out" 2> "$base.err"
        if [ -s "$base.err" ]; then
            note "  readelf -a -W $2, stderr:"; excerpt "$base.err" 8
            reasons+=("readelf complains about $2")
        elif grep -E '(^|[^._A-Za-z0-9])(Warning|warning|Error)' "$base.out" > "$base.bad"; then
            note "  readelf -a -W $2:"; excerpt "$base.bad" 8
            reasons+=("readelf complains about $2")
        fi
    }
    is_built() { local c; for c in "${built[@]}"; do [ "$c" = "$1" ] && return 0; done; return 1; }
    if [ "$NO_LIB" != 1 ] && [ $weld_lib_failed = 0 ]; then
        for lib in $libs; do
            if [ ! -f "$work/weld_weld/$lib" ]; then
                reasons+=("weld's build_lib produced no $lib")
                continue
            fi
            readelf_check "$work/weld_weld/$lib" "weld's $lib"
        done
    fi
    for combo in bfd_weld weld_weld; do
        is_built "$combo" || continue
        for p in $PROGS; do
            readelf_check "$work/$combo/$p" "$p ($(label "$combo"))"
        done
    done

    # ------------------------------------------------ ELF property summaries
    val() { if [ -n "$1" ]; then printf '%s\n' "$1"; else echo '(none)'; fi; }
    # dyn_val RAW TAG: the values of (TAG) lines of readelf -d, space-joined
    dyn_val() {
        sed -n -E "s/^ *0x[0-9a-f]+ \($2\) +//p" "$1" |
            sed -E 's/^(Flags: *|Library soname: |Library rpath: |Library runpath: )//; s/^\[(.*)\]$/\1/' |
            tr -s ' ' | paste -sd' ' -
    }
    has_tag() { if grep -q -E "^ *0x[0-9a-f]+ \($2\) " "$1"; then echo yes; else echo no; fi; }
    # sum_versions FILE OUT: version definitions (name, flags, parent chain)
    # and needs (file -> version name), sorted
    sum_versions() {
        readelf -V -W "$1" 2>/dev/null | awk '
            /^Version definition section/ { s = "d"; next }
            /^Version needs section/      { s = "n"; next }
            /^Version symbols section/    { s = "s"; next }
            function flush() { if (def != "") print "verdef " def " flags=" dflags " parents=" (par == "" ? "(none)" : par); def = "" }
            s == "d" && /Rev:.*Name:/ {
                flush()
                def = $0; sub(/.*Name: */, "", def)
                dflags = $0; sub(/.*Flags: */, "", dflags); sub(/ .*/, "", dflags)
                par = ""; next
            }
            s == "d" && /Parent [0-9]+:/ { p = $0; sub(/.*Parent [0-9]+: */, "", p); par = (par == "" ? p : par "," p); next }
            s == "n" && /File:/ { f = $0; sub(/.*File: */, "", f); sub(/ .*/, "", f); next }
            s == "n" && /Name:/ { n = $0; sub(/.*Name: */, "", n); sub(/ .*/, "", n); print "verneed " f " " n; next }
            END { flush() }' | LC_ALL=C sort > "$2"
    }
    # sum_dynsyms FILE VERSIONS OUT: (name[@ver|@@ver], bind, type, visibility,
    # DEF/UND, size of defined OBJECT/TLS symbols), sorted; addresses and
    # section indexes ignored.  Left out: the null symbol, STT_SECTION symbols,
    # and the ABS OBJECT symbol GNU ld adds for each version definition.
    sum_dynsyms() {
        local vers; vers=$(sed -n -E 's/^verdef ([^ ]+) flags=[^B].*/\1/p' "$2" | paste -sd' ' -)
        readelf --dyn-syms -W "$1" 2>/dev/null | awk -v vers="$vers" '
            BEGIN { n = split(vers, v, " "); for (i = 1; i <= n; i++) isver[v[i]] = 1 }
            $1 ~ /^[0-9]+:$/ {
                if ($1 == "0:") next
                size = $3; type = $4; bind = $5; vis = $6; ndx = $7; nm = $8
                if (type == "SECTION") next
                base = nm; sub(/@.*/, "", base)
                if (ndx == "ABS" && type == "OBJECT" && size == 0 && (base in isver)) next
                def = (ndx == "UND") ? "UND" : "DEF"
                line = nm " " bind " " type " " vis " " def
                if (def == "DEF" && (type == "OBJECT" || type == "TLS")) line = line " size=" size
                print line
            }' | LC_ALL=C sort > "$3"
    }
    # sum_dynamic FILE OUT: SONAME, NEEDED set, RPATH/RUNPATH, FLAGS, FLAGS_1,
    # presence of TEXTREL/INIT/FINI/INIT_ARRAY/FINI_ARRAY
    sum_dynamic() {
        local tag
        readelf -d -W "$1" > "$2.raw" 2>/dev/null
        {
            printf 'SONAME: ';   val "$(dyn_val "$2.raw" SONAME)"
            printf 'NEEDED: ';   val "$(sed -n -E 's/.*\(NEEDED\).*\[(.*)\]$/\1/p' "$2.raw" | LC_ALL=C sort -u | paste -sd' ' -)"
            printf 'RPATH: ';    val "$(dyn_val "$2.raw" RPATH)"
            printf 'RUNPATH: ';  val "$(dyn_val "$2.raw" RUNPATH)"
            printf 'FLAGS: ';    val "$(dyn_val "$2.raw" FLAGS)"
            printf 'FLAGS_1: ';  val "$(dyn_val "$2.raw" FLAGS_1)"
            for tag in TEXTREL INIT FINI INIT_ARRAY FINI_ARRAY; do
                printf '%s: %s\n' "$tag" "$(has_tag "$2.raw" "$tag")"
            done
        } > "$2"
    }
    # sum_elf FILE OUT: ELF type, program interpreter
    sum_elf() {
        {
            printf 'ELF type: '; val "$(readelf -h -W "$1" 2>/dev/null | sed -n -E 's/^ *Type: *([A-Z]+).*/\1/p')"
            printf 'interpreter: '; val "$(readelf -l -W "$1" 2>/dev/null |
                sed -n -E 's/.*\[Requesting program interpreter: (.*)\]$/\1/p')"
        } > "$2"
    }
    # sum_prog FILE OUT: a program's ELF type, interpreter, NEEDED set,
    # RPATH/RUNPATH, FLAGS, FLAGS_1 and version needs
    sum_prog() {
        sum_elf "$1" "$2.elf"; sum_dynamic "$1" "$2.dyn"; sum_versions "$1" "$2.ver"
        { cat "$2.elf"; grep -E '^(NEEDED|RPATH|RUNPATH|FLAGS|FLAGS_1):' "$2.dyn"
          grep '^verneed ' "$2.ver"; } > "$2"
    }
    # show_diff TITLE OLD NEW OLDLABEL NEWLABEL: a diff excerpt in the report,
    # or one line if an earlier diff of the case was the same
    shown_diffs=()
    show_diff() {
        local d="$3.diff" prev
        diff -u --label "$4" --label "$5" "$2" "$3" | tail -n +3 > "$d"
        for prev in "${shown_diffs[@]}"; do
            if cmp -s "${prev#*|}" "$d"; then
                note "  $1: the same difference as ${prev%%|*}"
                return 0
            fi
        done
        shown_diffs+=("$1|$d")
        note "  $1 (--- $4, +++ $5):"
        excerpt "$d" 16
    }
    # compare KEY REF NEW WHAT [REFLABEL NEWLABEL]: a reason and a diff if
    # they differ
    compare() {
        if ! cmp -s "$2" "$3"; then
            show_diff "$4: $1 differ" "$2" "$3" "${5:-GNU ld}" "${6:-weld}"
            reasons+=("$4: $1 differ")
        fi
    }

    mkdir -p "$work/sum"
    if [ "$NO_LIB" != 1 ] && [ $weld_lib_failed = 0 ]; then
        for lib in $libs; do
            [ -f "$work/weld_weld/$lib" ] || continue
            lt=$(echo "$lib" | tr '/' '_')
            for c in bfd_bfd weld_weld; do
                f="$work/$c/$lib"; o="$work/sum/$c.$lt"
                sum_versions "$f" "$o.versions"
                sum_dynsyms "$f" "$o.versions" "$o.dynsyms"
                sum_dynamic "$f" "$o.dynamic"
                sum_elf "$f" "$o.elf"
            done
            o="$work/sum/weld_weld.$lt"
            if ! grep -qx 'ELF type: DYN' "$o.elf" || ! grep -qx 'interpreter: (none)' "$o.elf"; then
                note "  weld's $lib:"; excerpt "$o.elf"
                reasons+=("weld's $lib is not a shared object (ELF type DYN, no PT_INTERP)")
            fi
            for k in dynsyms versions dynamic; do
                skipped_cmp "$k" && continue
                compare "$k" "$work/sum/bfd_bfd.$lt.$k" "$o.$k" "$lib"
            done
        done
    fi
    if ! skipped_cmp progdyn && is_built bfd_bfd; then
        for p in $PROGS; do
            sum_prog "$work/bfd_bfd/$p" "$work/sum/bfd_bfd.$p.prog"
            for combo in bfd_weld weld_weld weld_bfd; do
                is_built "$combo" || continue
                sum_prog "$work/$combo/$p" "$work/sum/$combo.$p.prog"
                compare "dynamic properties" "$work/sum/bfd_bfd.$p.prog" "$work/sum/$combo.$p.prog" \
                        "$p ($(label "$combo"))" reference "$(label "$combo")"
            done
        done
    fi

    # ------------------------------------------------------------------ runs
    if is_built bfd_bfd; then
        do_run bfd_bfd
        bs=$(cat "$work/bfd_bfd.run.status")
        if is_timeout "$bs"; then
            finish FAIL "program of the reference build timed out - broken test case?"
        fi
        desc() { if [ "$1" -gt 128 ] && [ "$1" -lt 160 ]; then echo "$1=signal $(( $1 - 128 ))"; else echo "$1"; fi; }
        for combo in "${built[@]}"; do
            [ "$combo" = bfd_bfd ] && continue
            do_run "$combo"
            lab=$(label "$combo")
            ws=$(cat "$work/$combo.run.status")
            if is_timeout "$ws"; then
                note "  run ($lab), stdout:"; excerpt "$work/$combo.run.out" 10
                reasons+=("run timed out ($lab, ${RUN_TIMEOUT}s)")
                continue
            fi
            what=()
            if ! cmp -s "$work/bfd_bfd.run.out" "$work/$combo.run.out"; then
                what+=("stdout")
                show_diff "run ($lab): stdout" "$work/bfd_bfd.run.out" "$work/$combo.run.out" reference "$lab"
            fi
            if [ -z "$IGNORE_STDERR" ] && ! cmp -s "$work/bfd_bfd.run.err" "$work/$combo.run.err"; then
                what+=("stderr")
                show_diff "run ($lab): stderr" "$work/bfd_bfd.run.err" "$work/$combo.run.err" reference "$lab"
            fi
            if [ "$ws" != "$bs" ]; then
                what+=("exit status $(desc "$ws"), reference $(desc "$bs")")
            fi
            if [ ${#what[@]} -gt 0 ]; then
                w=$(IFS=';'; echo "${what[*]}"); w=${w//;/, }
                reasons+=("run differs ($lab: $w)")
            fi
        done
    fi
    # On failure, say which combinations did behave like the reference.
    if [ ${#reasons[@]} -gt 0 ]; then
        okc=()
        for combo in "${built[@]}"; do
            [ "$combo" = bfd_bfd ] && continue
            lab=$(label "$combo"); hit=0
            for r in "${reasons[@]}"; do case $r in *"$lab"*) hit=1 ;; esac; done
            [ $hit = 0 ] && okc+=("$lab")
        done
        if [ ${#okc[@]} -gt 0 ]; then
            o=$(IFS=';'; echo "${okc[*]}"); o=${o//;/; }
            note "  like the reference (run, program properties): $o"
        fi
    fi
    fail_collected
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

TMP=$(mktemp -d "${TMPDIR:-/tmp}/weld-shared.XXXXXX")
if [ $KEEP = 1 ]; then
    echo "run.sh: keeping scratch files in $TMP" >&2
else
    trap 'rm -rf "$TMP"' EXIT
fi
trap 'exit 130' INT TERM
mkdir -p "$TMP/weld_ld" "$TMP/bfd_ld" "$TMP/work" "$TMP/results" "$TMP/reports"
ln -s "$WELD_BIN" "$TMP/weld_ld/ld"
ln -s "$BFD" "$TMP/bfd_ld/ld"

export WT_TMP="$TMP" WT_KEEP="$KEEP"

if [ ${#cases[@]} -gt 0 ]; then
    printf '%s\n' "${cases[@]}" | xargs -P "$JOBS" -n 1 bash "$SELF" --__one
fi

passed=0; failed=0; skipped=0
for n in "${cases[@]}"; do
    case $(cat "$TMP/results/$n" 2>/dev/null) in
        PASS) passed=$((passed + 1)) ;;
        SKIP) skipped=$((skipped + 1)) ;;
        *)  failed=$((failed + 1))
            # a worker that died without reporting
            [ -f "$TMP/results/$n" ] || echo "FAIL $n: test runner worker crashed" ;;
    esac
done
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
