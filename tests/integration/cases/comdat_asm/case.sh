# Two objects define the same COMDAT group; only the first copy is kept.
build() {
    cc_c g1.s g2.s main.c
    link -static main.o g1.o g2.o -o prog
}
