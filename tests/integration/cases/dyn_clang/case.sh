# clang-compiled objects (-O2) linked by the clang driver's default dynamic
# link with a shared library built by gcc/GNU ld: calls, data from the
# library (copy relocation), function pointers, TLS of the library, stdio.
MODES="pie nopie"
build() {
    shlib_c libgc.so lib.c
    cc_clang -O2 main.c part.c
    link_clang main.o part.o -L. -lgc -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
