# TLS variables defined in a shared library, accessed from the executable
# with the global-dynamic model (-fPIC -ftls-model=global-dynamic:
# TLSGD/__tls_get_addr sequences, which the linker may relax to
# initial-exec); the executable's own TLS (static, hidden, exe_own) too.
MODES="pie nopie"
build() {
    shlib_c libtls.so lib.c
    cc_c -fPIC -ftls-model=global-dynamic acc.c
    cc_c main.c
    link main.o acc.o -L. -ltls -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
