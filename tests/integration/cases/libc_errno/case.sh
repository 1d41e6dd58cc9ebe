# errno (a TLS variable inside libc) set by failing calls; perror to stderr.
build() {
    cc_c main.c
    cc_c -fPIC other.c
    link -static main.o other.o -o prog
}
