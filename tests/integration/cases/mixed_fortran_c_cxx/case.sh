# Fortran main program with bind(C) interfaces calling C and C++ (extern "C"
# functions using exceptions internally) and C++ calling back into a
# Fortran bind(C) subroutine; linked by gfortran with libstdc++.
build() {
    fc_c fmain.f90
    cc_c poly.c
    cxx_c med.cc
    link_fortran -static fmain.o poly.o med.o -lstdc++ -o prog
}
