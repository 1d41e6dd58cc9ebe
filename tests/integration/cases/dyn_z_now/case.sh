# -Wl,-z,now (DT_FLAGS BIND_NOW, DT_FLAGS_1 NOW): the program (sources as in
# dyn_lazy_binding) is linked against a libfn.so with rarely_used() and run
# against one without: even without calling it, start-up fails.  With the
# full library it runs normally (LD_BIND_NOW=1 changes nothing).
MODES="pie nopie"
build() {
    shlib_c libfn.so lib.c
    shlib_c libfn_full.so lib.c
    cc_c main.c
    link -Wl,-z,now main.o -L. -lfn -o prog
    shlib_c libfn.so -DNO_RARE lib.c
    mkdir -p full && cp libfn_full.so full/libfn.so
}
run() {
    LD_LIBRARY_PATH=. ./prog; echo "missing rarely_used: status $?"
    LD_LIBRARY_PATH=full ./prog rare; echo "full library: status $?"
    LD_LIBRARY_PATH=full LD_BIND_NOW=1 ./prog rare; echo "full library, LD_BIND_NOW=1: status $?"
}
