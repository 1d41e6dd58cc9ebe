# Virtual calls across the boundary: an abstract interface and a base
# implementation in libplugin.so; the executable derives from the base
# class, overriding some functions and calling the base versions; the
# library drives the executable's objects through the interface and
# deletes them through a virtual destructor; objects the library creates
# are used and deleted in the executable.
MODES="pie nopie"
build() {
    shlib_cxx libplugin.so lib.cc
    cxx_c main.cc
    link_cxx main.o -L. -lplugin -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
