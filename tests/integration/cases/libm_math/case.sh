# -lm: libm.a on this system is a GNU ld script "GROUP ( libm-2.36.a libmvec.a )".
build() {
    cc_c -fno-builtin calc.c main.c
    link -static main.o calc.o -lm -o prog
}
