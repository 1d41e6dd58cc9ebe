# A gfortran shared library (built with mklib: gcc drives f951, plus
# -lgfortran): a module with module procedures, a module variable and an
# allocatable module array (both used by the program: copy relocations),
# a bind(C) procedure called through a C function pointer (c_funloc), and
# a common block /stats/ that the library and the Fortran program both
# declare: the program's definition wins and the library binds to it.
# Both sides write with libgfortran's I/O.  The program is Fortran too.
build_lib() { mklib libgeom.so geom.f90 -lgfortran; }
build_prog() {
    # geom.mod for `use geom` (the library's build may have left one too)
    $CC -fsyntax-only geom.f90
    link -O1 main.f90 -L. -lgeom -lgfortran -o prog
}
