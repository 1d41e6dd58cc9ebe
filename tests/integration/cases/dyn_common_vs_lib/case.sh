# COMMON symbols (-fcommon) in the executable against initialised
# definitions of the same names in a shared library, and a common that
# only the executable has.  GNU ld lets the library's initialised
# definition win over the executable's common (the common becomes a
# reference, resolved by a copy relocation that keeps the value 5); both
# sides then share one object.
MODES="pie nopie"
build() {
    shlib_c libcv.so lib.c
    cc_c -fcommon main.c
    link main.o -L. -lcv -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
