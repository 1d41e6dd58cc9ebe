# TLS variables defined in a shared library, accessed from the executable
# through TLS descriptors (-fPIC -mtls-dialect=gnu2: GOTPC32_TLSDESC /
# TLSDESC_CALL, relaxable to initial-exec / local-exec); own TLS too.  The
# library itself also uses descriptors.
MODES="pie nopie"
build() {
    shlib_c libtls.so -mtls-dialect=gnu2 lib.c
    cc_c -fPIC -mtls-dialect=gnu2 acc.c
    cc_c main.c
    link main.o acc.o -L. -ltls -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
