# Initialised pointers in the executable's data to library objects:
# R_X86_64_64 (with addends) against library data and functions in .data
# and in .data.rel.ro (const tables), pointers to libc objects (stdout, a
# libc function), mixed with pointers to the executable's own objects
# (R_X86_64_RELATIVE in a PIE).
MODES="pie nopie"
build() {
    shlib_c libdr.so lib.c
    cc_c main.c
    link main.o -L. -ldr -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
