# --as-needed (gcc's default on Debian) with a library that only satisfies
# weak references: it is not needed, so no DT_NEEDED for it and the weak
# symbols stay NULL at run time although the library is there (sources as
# in dyn_weak_undef_present).
MODES="pie nopie"
build() {
    shlib_c libopt.so lib.c
    cc_c main.c
    link main.o -L. -Wl,--as-needed -lopt -o prog
    if readelf -dW prog | grep -q 'NEEDED.*libopt'; then echo "libopt.so is NEEDED" >&2; exit 1; fi
}
run() { LD_LIBRARY_PATH=. ./prog; }
