# TLS variables defined in a shared library, accessed from the executable
# with the initial-exec model (-fPIC -ftls-model=initial-exec: GOTTPOFF,
# R_X86_64_TPOFF64 against the library's symbols); own TLS too.
MODES="pie nopie"
build() {
    shlib_c libtls.so lib.c
    cc_c -fPIC -ftls-model=initial-exec acc.c
    cc_c main.c
    link main.o acc.o -L. -ltls -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
