# DT_NEEDED names: libx-impl.so (found as -lx-impl) has SONAME libx.so.2, so
# the program needs libx.so.2 (a symlink at run time); libnoso.so has no
# SONAME and is given on the command line as a plain file name, so its
# DT_NEEDED is that name.  The runner compares the DT_NEEDED set with GNU ld.
MODES="pie nopie"
build() {
    shlib_c libx-impl.so -Wl,-soname,libx.so.2 x.c
    shlib_c libnoso.so noso.c
    ln -sf libx-impl.so libx.so.2
    cc_c main.c
    link main.o -L. -lx-impl libnoso.so -o prog
    readelf -dW prog > dyn.txt
    grep -q 'NEEDED.*\[libx\.so\.2\]' dyn.txt && grep -q 'NEEDED.*\[libnoso\.so\]' dyn.txt ||
        { echo "unexpected DT_NEEDED entries" >&2; cat dyn.txt >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
