# A function and a variable defined both in the executable and in a shared
# library it links against: the executable's definitions win for its own
# references, and, because a linked shared library defines them, GNU ld
# exports them from the executable, so the library's PLT/GOT references
# bind to the executable's versions too (interposition) - without -rdynamic;
# exe_extra, unknown to the library, is not exported.
MODES="pie nopie"
build() {
    shlib_c libip.so lib.c
    cc_c main.c
    link main.o -L. -lip -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
