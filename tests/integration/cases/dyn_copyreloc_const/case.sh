# Copy relocations of const (read-only) library data: an int array, a
# string, a struct and a pointer table.  The copies must hold the library's
# values, be the objects the library itself uses (same addresses), and -
# as GNU ld puts copies of read-only data into the RELRO area - a write to
# one must fault after start-up.
MODES="pie nopie"
build() {
    shlib_c libconst.so lib.c
    cc_c main.c
    link main.o -L. -lconst -o prog
    readelf -rW prog | grep -q R_X86_64_COPY || { echo "no R_X86_64_COPY in prog" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
