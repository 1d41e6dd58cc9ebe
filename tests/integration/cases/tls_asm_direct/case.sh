# Hand-written TLS access sequences (LE, IE incl. addq form, GD, LD).
build() {
    cc_c tls.s main.c
    link -static main.o tls.o -o prog
}
