# Versioned symbols: libver.so (version script VER_1, VER_2) defines
# foo@VER_1 and foo@@VER_2 via .symver, bar@@VER_1 and baz@@VER_2.  The
# program calls foo (binds to the default foo@@VER_2), and a second object
# explicitly references foo@VER_1 (the old version).  build() checks that
# both versions are required (verneed).
MODES="pie nopie"
build() {
    shlib_c libver.so -Wl,--version-script=lib.map lib.c
    cc_c main.c old.c
    link main.o old.o -L. -lver -o prog
    readelf -VW prog > ver.txt
    grep -q 'Name: VER_1' ver.txt && grep -q 'Name: VER_2' ver.txt || { echo "VER_1/VER_2 not required" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
