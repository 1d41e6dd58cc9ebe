# Copy relocations: data variables of a shared library (int, array, struct,
# char buffer) read and written by the executable and by the library, which
# must see the same object (the executable's copy).  gcc's -fPIE code uses
# PC-relative access to extern data, so a PIE needs copy relocations too.
MODES="pie nopie"
build() {
    shlib_c libdata.so lib.c
    cc_c main.c
    link main.o -L. -ldata -o prog
    readelf -rW prog | grep -q R_X86_64_COPY || { echo "no R_X86_64_COPY in prog" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
