# -l:libfoo.so.1 (exact file name, no libfoo.so symlink): the library's
# SONAME libfoo.so.1 becomes the DT_NEEDED entry (checked in build()).
MODES="pie nopie"
build() {
    shlib_c libfoo.so.1 -Wl,-soname,libfoo.so.1 foo.c
    cc_c main.c
    link main.o -L. -l:libfoo.so.1 -o prog
    readelf -dW prog | grep -q 'NEEDED.*\[libfoo\.so\.1\]' || { echo "libfoo.so.1 not NEEDED" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
