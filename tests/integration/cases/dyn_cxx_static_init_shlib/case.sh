# C++ static initialisation across shared objects: libreg.so has a global
# registry object with a constructor; the executable's global objects
# register themselves in it during their construction (the library is
# initialised first), function-local statics, destruction in reverse order.
MODES="pie nopie"
build() {
    shlib_cxx libreg.so lib.cc
    cxx_c main.cc
    link_cxx main.o -L. -lreg -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
