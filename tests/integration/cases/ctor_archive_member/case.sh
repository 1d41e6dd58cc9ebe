# Constructors/destructors of an extracted archive member run; those of
# unextracted members do not.
build() {
    cc_c m1.c m2.c main.c
    mkar libm12.a m2.o m1.o
    link -static main.o libm12.a -o prog
}
