# The program (a gcc default PIE: direct PC-relative accesses to extern data)
# reads and writes a library's global array and struct: the program linker
# must make copy relocations (run() prints how many), and the library, which
# reaches its own variables through the GOT, must see the program's writes
# and the same addresses.
build_lib() { mklib libcopy.so lib.c; }
build_prog() { cc_c main.c; link main.o -L. -lcopy -o prog; }
run() {
    LD_LIBRARY_PATH=. ./prog
    echo "R_X86_64_COPY relocations in prog: $(readelf -r -W prog | grep -c R_X86_64_COPY)"
}
