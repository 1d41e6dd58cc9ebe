# Function pointer equality: the address of the library's lib_fn taken in
# the library (code and an initialized pointer in its data) and in the
# program (code and an initialized pointer in the program's data) is the
# same; ./prog is a PIE (address through the GOT), ./prog2 is -fno-pie and
# -no-pie (a canonical PLT entry in the program that the library's GOT must
# resolve to as well).
PROGS="prog prog2"
build_lib() { mklib libfn.so lib.c; }
build_prog() {
    cc_c main.c
    link main.o -L. -lfn -o prog
    $CC $CFLAGS_BASE -fno-pie -c main.c -o main_nopie.o
    link -no-pie main_nopie.o -L. -lfn -o prog2
}
run() {
    echo "--- prog"; LD_LIBRARY_PATH=. ./prog
    echo "--- prog2"; LD_LIBRARY_PATH=. ./prog2
}
