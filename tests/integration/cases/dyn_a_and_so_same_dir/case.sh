# libpick.a and libpick.so in the same -L directory: a dynamic link takes
# the .so (DT_NEEDED libpick.so, checked in build()) and the program runs
# the shared library's code.
MODES="pie nopie"
build() {
    cc_c -DFROM='"archive libpick.a"' pick.c
    mkar libpick.a pick.o
    shlib_c libpick.so -DFROM='"shared libpick.so"' pick.c
    cc_c main.c
    link main.o -L. -lpick -o prog
    readelf -dW prog | grep -q 'NEEDED.*\[libpick\.so\]' || { echo "libpick.so not NEEDED" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
