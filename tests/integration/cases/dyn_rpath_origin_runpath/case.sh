# -Wl,-rpath,'$ORIGIN/lib' with the default new dtags: DT_RUNPATH (checked in
# build()); liba.so and libb.so live in ./lib and are found at run time
# without LD_LIBRARY_PATH (liba.so has its own RUNPATH $ORIGIN for libb.so).
MODES="pie nopie"
build() {
    mkdir -p lib
    shlib_c lib/libb.so b.c
    shlib_c lib/liba.so a.c -Llib -lb -Wl,-rpath,'$ORIGIN'
    cc_c main.c
    link main.o -Llib -Wl,-rpath-link,lib -la -Wl,-rpath,'$ORIGIN/lib' -o prog
    readelf -dW prog > dyn.txt
    grep -q 'RUNPATH.*\[\$ORIGIN/lib\]' dyn.txt || { echo "no DT_RUNPATH \$ORIGIN/lib" >&2; exit 1; }
    if grep -q '(RPATH)' dyn.txt; then echo "unexpected DT_RPATH" >&2; exit 1; fi
}
run() { ./prog; }
