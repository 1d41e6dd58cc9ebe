# shellcheck shell=bash
# Helpers available to tests/shared/cases/*/case.sh (sourced by run.sh).
#
# Set by the runner for build_lib() and build_prog():
#   LIBLD        directory holding an `ld` symlink to the linker that builds the
#                case's shared libraries (weld or GNU ld), for gcc -B
#   LIB_LD_BIN   that linker's binary
#   PROGLD       directory holding an `ld` symlink to the linker that builds
#                ./prog (weld or GNU ld)
#   PROG_LD_BIN  that linker's binary
#   COMBO        bfd_bfd, weld_weld, weld_bfd or bfd_weld (library linker _
#                program linker; cases must not depend on it)
# In NO_LIB cases LIBLD is GNU ld's directory.
#
# build_lib() and build_prog() run with `set -e` in the same scratch copy of
# the case directory, build_lib() first.  run() (default:
# LD_LIBRARY_PATH=. ./prog) runs with a fixed environment:
# PATH=/usr/bin:/bin HOME=/nonexistent LANG=C LC_ALL=C TZ=UTC
# WELD_TEST_VAR=hello-from-runner, stdin from /dev/null.

CC=${CC_OVERRIDE:-gcc}
CXX=g++
CLANG=clang
CFLAGS_BASE="-O1 -g0"

# _compile COMPILER ARGS...: every *.c/*.cc/*.cpp/*.S/*.s argument is a source
# file, compiled separately to <basename>.o; all other arguments are flags
# given to every compilation (in order, after -O1 -g0, so e.g. -O2 overrides).
_compile() {
    local cc=$1; shift
    local flags=() files=() a f
    for a in "$@"; do
        case $a in
            *.c|*.cc|*.cpp|*.S|*.s) files+=("$a") ;;
            *) flags+=("$a") ;;
        esac
    done
    for f in "${files[@]}"; do
        $cc $CFLAGS_BASE "${flags[@]}" -c "$f" -o "${f%.*}.o" || return 1
    done
}
cc_c()     { _compile "$CC" "$@"; }          # gcc (default: -fPIE code)
cc_pic()   { _compile "$CC" -fPIC "$@"; }    # gcc -fPIC, for library objects
cc_clang() { _compile "$CLANG" "$@"; }       # clang
cxx_c()    { _compile "$CXX" "$@"; }         # g++

# Shared libraries, linked by the library linker ($LIBLD/ld):
#   mklib OUT.so ARGS... = gcc -O1 -g0 -B "$LIBLD/" -shared -fPIC ARGS... -o OUT.so
# ARGS are sources, objects, flags and -Wl,... options, in one driver run.
mklib()       { local o=$1; shift; $CC    $CFLAGS_BASE -B "$LIBLD/" -shared -fPIC "$@" -o "$o"; }
mklib_cxx()   { local o=$1; shift; $CXX   $CFLAGS_BASE -B "$LIBLD/" -shared -fPIC "$@" -o "$o"; }
mklib_clang() { local o=$1; shift; $CLANG $CFLAGS_BASE -B "$LIBLD/" -shared -fPIC "$@" -o "$o"; }

# Programs, linked by the program linker ($PROGLD/ld).  gcc's default is a
# dynamic PIE; pass -no-pie, -static-pie, ... explicitly.  Sources given here
# are compiled without -O1 -g0; use cc_c first for that.
link()       { $CC    -B "$PROGLD/" "$@"; }
link_cxx()   { $CXX   -B "$PROGLD/" "$@"; }
link_clang() { $CLANG -B "$PROGLD/" "$@"; }

mkar() { local a=$1; shift; rm -f "$a"; ar rcs "$a" "$@"; }

run() { LD_LIBRARY_PATH=. ./prog; }
