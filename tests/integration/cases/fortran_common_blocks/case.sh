# gfortran: named COMMON blocks initialised by BLOCK DATA (fixed form) and
# shared by routines in three files, plus blank COMMON declared with 16
# bytes in main.o and 24 in relabel.o (common symbols: the largest wins).
build() {
    fc_c -Wno-align-commons init.f relabel.f90 main.f90
    link_fortran -static main.o relabel.o init.o -o prog
}
