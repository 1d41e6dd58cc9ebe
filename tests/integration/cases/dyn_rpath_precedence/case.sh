# Run path semantics, two programs from the same sources: prog with
# DT_RPATH=$ORIGIN/lib (--disable-new-dtags), prog_runpath with
# DT_RUNPATH=$ORIGIN/lib.  libv.so exists in lib/ and alt/.  DT_RPATH is
# searched before LD_LIBRARY_PATH and also serves libb.so (needed by
# liba.so); DT_RUNPATH comes after LD_LIBRARY_PATH and serves only the
# program's own DT_NEEDED entries, so libb.so is not found without alt/.
MODES="pie nopie"
build() {
    mkdir -p lib alt
    shlib_c lib/libb.so b.c
    shlib_c alt/libb.so b.c
    shlib_c lib/liba.so a.c -Llib -lb
    shlib_c lib/libv.so -DWHERE='"lib/"' v.c
    shlib_c alt/libv.so -DWHERE='"alt/"' v.c
    cc_c main.c
    link main.o -Llib -Wl,-rpath-link,lib -lv -la -Wl,--disable-new-dtags -Wl,-rpath,'$ORIGIN/lib' -o prog
    link main.o -Llib -Wl,-rpath-link,lib -lv -la -Wl,--enable-new-dtags -Wl,-rpath,'$ORIGIN/lib' -o prog_runpath
}
run() {
    ./prog; echo "rpath: status $?"
    LD_LIBRARY_PATH=alt ./prog; echo "rpath, LD_LIBRARY_PATH=alt: status $?"
    ./prog_runpath; echo "runpath: status $?"
    LD_LIBRARY_PATH=alt ./prog_runpath; echo "runpath, LD_LIBRARY_PATH=alt: status $?"
}
