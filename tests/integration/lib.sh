# shellcheck shell=bash
# Helpers available to tests/integration/cases/*/case.sh (sourced by run.sh).
#
# Set by the runner for build():
#   LDDIR  directory holding an `ld` symlink (weld or GNU ld) for gcc -B
#   LD     the raw linker binary (weld or /usr/bin/ld.bfd)
#   PASS   weld_ld or bfd_ld (cases must not depend on it)
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

# Link through a compiler driver that picks up $LDDIR/ld.
link()       { $CC -B "$LDDIR/" "$@"; }
link_clang() { $CLANG -B "$LDDIR/" "$@"; }
link_musl()  { $MUSLCC -B "$LDDIR/" "$@"; }

mkar()   { local a=$1; shift; rm -f "$a"; ar rcs "$a" "$@"; }
mkthin() { local a=$1; shift; rm -f "$a"; ar rcsT "$a" "$@"; }

run() { ./prog; }
