# musl libc, static: threads + TLS + malloc (musl-gcc driver with -B).
build() {
    cc_musl main.c
    cc_musl -fPIC other.c
    link_musl -static main.o other.o -o prog
}
