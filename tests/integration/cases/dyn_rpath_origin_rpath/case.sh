# -Wl,--disable-new-dtags -Wl,-rpath,'$ORIGIN/lib': DT_RPATH, no DT_RUNPATH
# (checked in build()).  An executable's DT_RPATH also applies to the
# dependencies of its libraries: libb.so (needed by liba.so, which has no
# run path of its own) is found in ./lib without LD_LIBRARY_PATH.
MODES="pie nopie"
build() {
    mkdir -p lib
    shlib_c lib/libb.so b.c
    shlib_c lib/liba.so a.c -Llib -lb
    cc_c main.c
    link main.o -Llib -Wl,-rpath-link,lib -la -Wl,--disable-new-dtags -Wl,-rpath,'$ORIGIN/lib' -o prog
    readelf -dW prog > dyn.txt
    grep -q '(RPATH).*\[\$ORIGIN/lib\]' dyn.txt || { echo "no DT_RPATH \$ORIGIN/lib" >&2; exit 1; }
    if grep -q '(RUNPATH)' dyn.txt; then echo "unexpected DT_RUNPATH" >&2; exit 1; fi
}
run() { ./prog; }
