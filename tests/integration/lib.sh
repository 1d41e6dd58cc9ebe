# shellcheck shell=bash
# Helpers available to tests/integration/cases/*/case.sh (sourced by run.sh).
#
# Set by the runner for build():
#   LDDIR  directory holding an `ld` symlink (weld or GNU ld) for gcc -B
#   LD     the raw linker binary (weld or /usr/bin/ld.bfd)
#   PASS   weld_ld or bfd_ld (cases must not depend on it)
#   WT_MODE  link mode: static, pie or nopie (see the link helpers below)
#
# build() runs with `set -e` in a scratch copy of the case directory and must
# produce ./prog.  run() (default: ./prog) runs with a fixed environment:
# PATH=/usr/bin:/bin HOME=/nonexistent LANG=C LC_ALL=C TZ=UTC
# WELD_TEST_VAR=hello-from-runner, stdin from /dev/null.

CC=${CC_OVERRIDE:-gcc}
CLANG=clang
MUSLCC=musl-gcc
CFLAGS_BASE="-O1 -g0"

# _compile COMPILER ARGS...: every *.c/*.S/*.s argument is a source file,
# compiled separately to <basename>.o; all other arguments are flags given to
# every compilation (in order, after -O1 -g0, so e.g. -O2 overrides).
_compile() {
    local cc=$1; shift
    local flags=() files=() a f
    for a in "$@"; do
        case $a in
            *.c|*.S|*.s) files+=("$a") ;;
            *) flags+=("$a") ;;
        esac
    done
    for f in "${files[@]}"; do
        $cc $CFLAGS_BASE "${flags[@]}" -c "$f" -o "${f%.*}.o" || return 1
    done
}
cc_c()     { _compile "$CC" "$@"; }       # gcc
cc_clang() { _compile "$CLANG" "$@"; }    # clang
cc_musl()  { _compile "$MUSLCC" "$@"; }   # gcc with musl headers

# Link mode.  static: the link helpers pass their arguments unchanged.
# pie / nopie: they drop every "-static" argument and add -pie / -no-pie in
# front, so the case's program becomes a dynamic PIE / dynamic non-PIE
# executable.  Compilation is the same in every mode (gcc's default -fPIE
# objects are fine in a -no-pie link).  A case that only works in some modes
# sets MODES="static" (or "pie nopie", ...) in case.sh.
WT_MODE=${WT_MODE:-static}

# _mode_args ARGS...: ARGS adapted to $WT_MODE, into the array _MARGS.
_mode_args() {
    local a
    _MARGS=()
    case $WT_MODE in
        pie)   _MARGS=(-pie) ;;
        nopie) _MARGS=(-no-pie) ;;
        staticpie) for a in "$@"; do
                       if [ "$a" = -static ]; then _MARGS+=(-static-pie); else _MARGS+=("$a"); fi
                   done; return 0 ;;
        *)     _MARGS=("$@"); return 0 ;;
    esac
    for a in "$@"; do
        [ "$a" = -static ] || _MARGS+=("$a")
    done
}

# Link through a compiler driver that picks up $LDDIR/ld.
link()       { _mode_args "$@"; $CC -B "$LDDIR/" "${_MARGS[@]}"; }
link_clang() { _mode_args "$@"; $CLANG -B "$LDDIR/" "${_MARGS[@]}"; }
link_musl()  { _mode_args "$@"; $MUSLCC -B "$LDDIR/" "${_MARGS[@]}"; }

# Shared libraries a case needs are built with GNU ld, never with the linker
# under test: shlib_c OUT.so ARGS... = gcc -shared -fPIC -fuse-ld=bfd ARGS...
# (sources among ARGS are compiled in the same driver run; -O1 -g0 first).
shlib_c()   { local o=$1; shift; $CC $CFLAGS_BASE -shared -fPIC -fuse-ld=bfd "$@" -o "$o"; }
shlib_cxx() { local o=$1; shift; $CXX $CFLAGS_BASE -shared -fPIC -fuse-ld=bfd "$@" -o "$o"; }

mkar()   { local a=$1; shift; rm -f "$a"; ar rcs "$a" "$@"; }
mkthin() { local a=$1; shift; rm -f "$a"; ar rcsT "$a" "$@"; }

run() { ./prog; }

# ---------------------------------------------------------------------------
# C++, Fortran and Rust helpers (cases cxx_*, clangxx_*, fortran_*, rust_*,
# mixed_*).
CXX=g++
CLANGXX=clang++
FC=gfortran

# _compile_src COMPILER ARGS...: like _compile, but C++ (*.cc, *.cpp, *.cxx),
# Fortran (*.f, *.f90, *.F90) and C/asm arguments are all source files.
_compile_src() {
    local cc=$1; shift
    local flags=() files=() a f
    for a in "$@"; do
        case $a in
            *.c|*.cc|*.cpp|*.cxx|*.S|*.s|*.f|*.f90|*.F90|*.F) files+=("$a") ;;
            *) flags+=("$a") ;;
        esac
    done
    for f in "${files[@]}"; do
        $cc $CFLAGS_BASE "${flags[@]}" -c "$f" -o "${f%.*}.o" || return 1
    done
}
cxx_c()     { _compile_src "$CXX" "$@"; }      # g++
clangxx_c() { _compile_src "$CLANGXX" "$@"; }  # clang++
fc_c()      { _compile_src "$FC" "$@"; }       # gfortran

link_cxx()     { _mode_args "$@"; $CXX -B "$LDDIR/" "${_MARGS[@]}"; }
link_clangxx() { _mode_args "$@"; $CLANGXX -B "$LDDIR/" "${_MARGS[@]}"; }
link_fortran() { _mode_args "$@"; $FC -B "$LDDIR/" "${_MARGS[@]}"; }

# find_rustc: print the path of a working rustc (the toolchain's own binary,
# not the rustup proxy) or fail.  Looks in PATH, then the usual cargo homes.
find_rustc() {
    local r c
    for c in "$(command -v rustc 2>/dev/null)" "${HOME:-/nonexistent}/.cargo/bin/rustc" \
             /root/.cargo/bin/rustc /usr/local/cargo/bin/rustc /usr/bin/rustc; do
        [ -n "$c" ] && [ -x "$c" ] || continue
        r=$("$c" --print sysroot 2>/dev/null) || continue
        if [ -x "$r/bin/rustc" ]; then echo "$r/bin/rustc"; else echo "$c"; fi
        return 0
    done
    return 1
}

# rust_flags RUSTC: flags making rustc link through the cc driver and the ld
# in $LDDIR: in mode static a static, non-PIE executable (crt-static); in
# mode pie rustc's default dynamic PIE; in mode nopie a dynamic non-PIE
# executable (relocation-model=static without crt-static: rustc passes
# -no-pie).  rustc >= 1.90 defaults to its bundled LLD on x86_64 Linux; that
# is switched off so $LDDIR/ld is used.
rust_flags() {
    local v
    v=$("$1" --version | sed -E 's/^rustc ([0-9]+)\.([0-9]+).*/\1 \2/')
    set -- $v
    if [ "$1" -gt 1 ] || [ "$2" -ge 90 ]; then
        printf '%s\n' -C linker-features=-lld -C link-self-contained=-linker
    fi
    case $WT_MODE in
        pie)   printf '%s\n' -C target-feature=-crt-static -C relocation-model=pie ;;
        nopie) printf '%s\n' -C target-feature=-crt-static -C relocation-model=static ;;
        staticpie) printf '%s\n' -C target-feature=+crt-static -C relocation-model=pie ;;
        *)     printf '%s\n' -C target-feature=+crt-static -C relocation-model=static ;;
    esac
    printf '%s\n' "-Clink-arg=-B$LDDIR/"
}

# rust_link ARGS...: rustc with rust_flags, edition 2021.  Fails if rustc
# picked a linker other than the one in $LDDIR (LLD leaves a .comment note).
rust_link() {
    local rc flags out=
    rc=$(find_rustc) || { echo "rust_link: no rustc" >&2; return 1; }
    mapfile -t flags < <(rust_flags "$rc")
    "$rc" --edition=2021 "${flags[@]}" "$@" || return 1
    while [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done
    if [ -n "$out" ] && readelf -p .comment "$out" 2>/dev/null | grep -q 'Linker: LLD'; then
        echo "rust_link: rustc linked with LLD, not $LDDIR/ld" >&2; return 1
    fi
}

# rust_skip_prog MESSAGE: when rustc is missing, build a C ./prog that only
# prints the note, so the case passes with a visible "SKIP" in its output.
rust_skip_prog() {
    echo "NOTE: $*" >&2
    printf '#include <stdio.h>\nint main(void){puts("SKIP: %s");return 0;}\n' "$*" > skip.c
    cc_c skip.c
    link -static skip.o -o prog
}

# ---------------------------------------------------------------------------
# Layout helpers for run(): readelf fields of ./prog that both links must
# agree on (the cases about addresses and segments print them).

# sec_addr NAME: the address of section NAME (hex digits), or "none".
sec_addr() {
    readelf -SW prog | sed -n 's/^ *\[ *[0-9]*\] *//p' |
        awk -v n="$1" '$1 == n { print $3; f = 1 } END { if (!f) print "none" }'
}

# load_of HEX: "FLAGS ALIGN" of the PT_LOAD whose memory holds address HEX
# (hex digits, as sec_addr prints them), or "none".
load_of() {
    local a=$((16#$1)) t off va pa fs ms rest found=none
    while read -r t off va pa fs ms rest; do
        [ "$t" = LOAD ] || continue
        if [ "$a" -ge $((va)) ] && [ "$a" -lt $((va + ms)) ]; then found=$rest; break; fi
    done < <(readelf -lW prog)
    echo "$found"
}

# loads: the PT_LOADs in order, one "VADDR FLAGS ALIGN" line each (VADDR
# only with -v).
loads() {
    readelf -lW prog | awk -v v="$1" '$1 == "LOAD" {
        f = ""; for (i = 7; i < NF; i++) f = f $i
        print (v == "-v" ? $3 " " : "") f, $NF }'
}

# phdr TYPE: "FLAGS MEMSZ ALIGN" of the first program header of TYPE, or "none".
phdr() {
    readelf -lW prog | awk -v t="$1" '$1 == t && !f {
        s = ""; for (i = 7; i < NF; i++) s = s $i
        print s, $6, $NF; f = 1 } END { if (!f) print "none" }'
}
