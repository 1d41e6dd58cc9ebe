# TLS variables defined in a shared library, accessed from the executable
# with the local-dynamic model requested (-fPIC -ftls-model=local-dynamic: the
# executable's static/hidden TLS via TLSLD/DTPOFF32, relaxable to local-exec;
# the library's variables keep global-dynamic by attribute), plus exe_own.
MODES="pie nopie"
build() {
    shlib_c libtls.so lib.c
    cc_c -fPIC -ftls-model=local-dynamic acc.c
    cc_c main.c
    link main.o acc.o -L. -ltls -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
