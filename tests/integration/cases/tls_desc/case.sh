# TLS descriptors (-mtls-dialect=gnu2 -fPIC): GOTPC32_TLSDESC / TLSDESC_CALL,
# global-dynamic for the extern variables and local-dynamic for the static ones.
build() {
    cc_c -fPIC -mtls-dialect=gnu2 tlsvars.c use.c main.c
    link -static main.o use.o tlsvars.o -o prog
}
