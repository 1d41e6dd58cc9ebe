# Copy relocations of library variables with large and odd alignments
# (64, 32, 4096 bytes, a char and a short in between): the executable's copies
# must keep the alignment the declarations promise (the compiler may rely
# on it) and the values.
MODES="pie nopie"
build() {
    shlib_c libalign.so lib.c
    cc_c -O2 main.c
    link main.o -L. -lalign -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
