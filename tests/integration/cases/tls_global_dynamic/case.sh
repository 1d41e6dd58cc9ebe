# TLS global-dynamic model (-fPIC): __tls_get_addr sequences, relaxed in a static link.
build() {
    cc_c -fPIC -ftls-model=global-dynamic tlsvars.c use.c main.c
    link -static main.o use.o tlsvars.o -o prog
}
