# gfortran: a named COMMON block whose initial values come from a BLOCK DATA
# unit in an archive.  The program's COMMON /PARAMS/ is a COMMON symbol; the
# archive member's BLOCK DATA defines it with data, so GNU ld extracts the
# member for it (nothing else refers to that member).  A second block, only
# declared COMMON by a member extracted for a subroutine, stays zero.
build() {
    fc_c params.f scale.f main.f90
    mkar libparams.a params.o scale.o
    link_fortran -static main.o libparams.a -o prog
}
