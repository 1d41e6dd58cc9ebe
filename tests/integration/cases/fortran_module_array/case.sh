# gfortran -static: a module (derived type, module variable, array
# functions), an external subroutine in a second file, matmul, array
# constructors, allocatable results, formatted and internal writes
# (libgfortran.a, libquadmath.a).
build() {
    fc_c stats.f90            # creates stats.mod first
    fc_c matops.f90 main.f90
    link_fortran -static main.o matops.o stats.o -o prog
}
