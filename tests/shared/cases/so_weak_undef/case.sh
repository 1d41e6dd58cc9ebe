# Weak undefined function and variable in the library (WEAK UND in its
# .dynsym): ./prog does not define them, so the library sees NULL for both
# and skips them; ./prog2 defines them (its linker exports them because the
# library refers to them), so the library calls and reads the program's.
PROGS="prog prog2"
build_lib() { mklib libweak.so lib.c; }
build_prog() {
    cc_c main.c main2.c
    link main.o -L. -lweak -o prog
    link main2.o -L. -lweak -o prog2
}
run() {
    echo "--- prog"; LD_LIBRARY_PATH=. ./prog
    echo "--- prog2"; LD_LIBRARY_PATH=. ./prog2
}
