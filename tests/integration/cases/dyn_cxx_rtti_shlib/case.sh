# RTTI across a shared object boundary: Shape and Circle have their key
# functions (vtable, type_info) in libshapes.so, Square derives from Shape
# in the executable.  typeid equality and dynamic_cast (down, cross, to
# void*) done both in the library and in the executable, typeid of a
# template instance emitted on both sides, bad_cast thrown in the library.
MODES="pie nopie"
build() {
    shlib_cxx libshapes.so lib.cc
    cxx_c main.cc
    link_cxx main.o -L. -lshapes -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
