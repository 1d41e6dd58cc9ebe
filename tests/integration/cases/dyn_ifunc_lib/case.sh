# IFUNCs defined in a shared library (resolved by the dynamic loader for
# the executable's PLT/GOT): called directly, address taken in the
# executable's code and data and compared with the library's own view.
MODES="pie nopie"
build() {
    shlib_c libif.so lib.c
    cc_c main.c
    link main.o -L. -lif -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
