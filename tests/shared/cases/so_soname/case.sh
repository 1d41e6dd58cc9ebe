# -Wl,-soname,libx.so.1 on libx.so.1.2.3 with the usual symlinks
# libx.so.1 -> libx.so.1.2.3 and libx.so -> libx.so.1: the program links
# with -lx (through libx.so) but its DT_NEEDED is the soname; run() removes
# the libx.so link first, so the loader must find libx.so.1, prints prog's
# NEEDED entries, and the program dlopen()s "libx.so.1" with RTLD_NOLOAD.
build_lib() {
    mklib libx.so.1.2.3 lib.c -Wl,-soname,libx.so.1
    ln -sf libx.so.1.2.3 libx.so.1
    ln -sf libx.so.1 libx.so
}
build_prog() { cc_c main.c; link main.o -L. -lx -o prog; }
run() {
    rm -f libx.so
    LD_LIBRARY_PATH=. ./prog
    readelf -d -W prog | sed -n -E 's/.*\(NEEDED\).*\[(.*)\]$/prog NEEDED \1/p' | LC_ALL=C sort
}
