# --as-needed: libunused.so (nothing referenced) gets no DT_NEEDED,
# libused.so does; libdep.so, needed only by libused.so, is not a
# DT_NEEDED of the program either.  build() checks it (the runner also
# compares the DT_NEEDED set with GNU ld's).
MODES="pie nopie"
build() {
    shlib_c libdep.so dep.c
    shlib_c libunused.so unused.c
    shlib_c libused.so used.c -L. -ldep
    cc_c main.c
    link main.o -Wl,--as-needed -L. -Wl,-rpath-link,. -lunused -lused -ldep -o prog
    readelf -dW prog > dyn.txt
    grep -q 'NEEDED.*\[libused\.so\]' dyn.txt || { echo "libused.so missing" >&2; exit 1; }
    if grep -Eq 'NEEDED.*\[lib(unused|dep)\.so\]' dyn.txt; then echo "unneeded library kept" >&2; exit 1; fi
}
run() { LD_LIBRARY_PATH=. ./prog; }
