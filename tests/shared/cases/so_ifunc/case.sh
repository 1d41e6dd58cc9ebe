# IFUNC in a library: a global ifunc ifn() (the resolver picks impl_b) is
# called from the library and from the program and its address, taken in
# both (GOT, resolved by the loader), is the same and equals impl_b; a
# static (local) ifunc sfn() in the library needs an R_X86_64_IRELATIVE, and
# its address taken in the library is a PLT stub of the library (!= impl_a).
# ./prog2 is -fno-pie/-no-pie: its canonical PLT entry becomes the address
# of ifn for the library too.
PROGS="prog prog2"
build_lib() { mklib libifunc.so lib.c; }
build_prog() {
    cc_c main.c
    link main.o -L. -lifunc -o prog
    $CC $CFLAGS_BASE -fno-pie -c main.c -o main_nopie.o
    link -no-pie main_nopie.o -L. -lifunc -o prog2
}
run() {
    echo "--- prog"; LD_LIBRARY_PATH=. ./prog
    echo "--- prog2"; LD_LIBRARY_PATH=. ./prog2
}
