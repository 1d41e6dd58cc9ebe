# TLS variables defined in an archive member extracted by a TLS (GD, -fPIC) reference.
build() {
    cc_c -fPIC -pthread main.c
    cc_c tlsdef.c other.c
    mkar libtls.a other.o tlsdef.o
    link -static -pthread main.o libtls.a -o prog
}
