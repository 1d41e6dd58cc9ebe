# -Wl,-z,now -Wl,-z,lazy: the last one wins, the program is lazily bound
# (no BIND_NOW flags), as in dyn_lazy_binding.
MODES="pie nopie"
build() {
    shlib_c libfn.so lib.c
    cc_c main.c
    link -Wl,-z,now -Wl,-z,lazy main.o -L. -lfn -o prog
    shlib_c libfn.so -DNO_RARE lib.c
}
run() {
    LD_LIBRARY_PATH=. ./prog; echo "lazy: status $?"
    LD_LIBRARY_PATH=. ./prog rare; echo "lazy, calling rarely_used: status $?"
    LD_LIBRARY_PATH=. LD_BIND_NOW=1 ./prog; echo "LD_BIND_NOW=1: status $?"
}
