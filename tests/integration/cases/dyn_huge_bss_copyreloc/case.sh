# A 512 MiB .bss array in the executable next to copy-relocated library
# variables (which also land in the executable's .bss) and initialised
# data: first/middle/last bytes touched, the copies keep their values and
# are shared with the library.
MODES="pie nopie"
build() {
    shlib_c libcv.so lib.c
    cc_c main.c
    link main.o -L. -lcv -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
