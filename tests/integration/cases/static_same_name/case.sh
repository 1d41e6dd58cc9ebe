# Static functions/variables with the same names in many files stay separate.
build() {
    cc_c -O0 f1.c f2.c f3.c
    cc_c -O2 f4.c f5.c main.c
    link -static main.o f1.o f2.o f3.o f4.o f5.o -o prog
}
