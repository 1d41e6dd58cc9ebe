# A C program using a C++ library through extern "C" functions that throw
# and catch internally (std::map::at, stol, custom throws, a C callback
# driving a throw); C++ static constructor and thread_local in a C main.
build() {
    cc_c main.c
    cxx_c store.cc
    link_cxx -static main.o store.o -o prog
}
