# A C++ exception thrown by an executable callback propagates through the
# frames of a C shared library (compiled with -fexceptions, with
# __attribute__((cleanup)) handlers that run) and is caught in the
# executable; a callback that does not throw returns normally.
MODES="pie nopie"
build() {
    shlib_c libwalk.so -fexceptions walk.c
    cxx_c main.cc
    link_cxx main.o -L. -lwalk -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
