# -Wl,-z,relro -Wl,-z,now: build() checks for a GNU_RELRO segment and
# BIND_NOW; at run time writes into .data.rel.ro (a const pointer table) and
# into the GOT (_GLOBAL_OFFSET_TABLE_) fault, a write to .data does not.
MODES="pie nopie"
build() {
    shlib_c librr.so lib.c
    cc_c main.c
    link -Wl,-z,relro -Wl,-z,now main.o -L. -lrr -o prog
    readelf -lW prog | grep -q GNU_RELRO || { echo "prog has no GNU_RELRO segment" >&2; exit 1; }
    readelf -dW prog | grep -Eq '\(FLAGS\).*BIND_NOW' || { echo "prog has no DT_FLAGS BIND_NOW" >&2; exit 1; }
    readelf -dW prog | grep -Eq '\(FLAGS_1\).*NOW' || { echo "prog has no DT_FLAGS_1 NOW" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
