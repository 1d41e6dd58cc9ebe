# gfortran's default (dynamic) link: libgfortran.so/libquadmath/libm as
# shared libraries; a Fortran main program with a module, allocatable
# arrays, formatted and internal I/O, and bind(C) calls into a C shared
# library (built with GNU ld) that calls back into a Fortran procedure.
MODES="pie nopie"
build() {
    shlib_c libpoly.so poly.c
    fc_c fmain.f90
    link_fortran fmain.o -L. -lpoly -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
