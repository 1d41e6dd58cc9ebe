# setjmp/longjmp across the boundary: longjmp from a callback invoked by a
# shared library back into the executable; the library's own
# setjmp/longjmp; sigsetjmp/siglongjmp from a signal handler restoring the
# signal mask.
MODES="pie nopie"
build() {
    shlib_c libjmp.so lib.c
    cc_c main.c
    link main.o -L. -ljmp -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
