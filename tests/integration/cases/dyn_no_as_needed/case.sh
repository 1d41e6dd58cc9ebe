# -Wl,--no-as-needed (after gcc's default --as-needed): libunused.so is
# kept as DT_NEEDED and its constructor runs; libdep.so given on the command
# line is kept too (sources as in dyn_as_needed).
MODES="pie nopie"
build() {
    shlib_c libdep.so dep.c
    shlib_c libunused.so unused.c
    shlib_c libused.so used.c -L. -ldep
    cc_c main.c
    link main.o -Wl,--no-as-needed -L. -lunused -lused -ldep -o prog
    readelf -dW prog > dyn.txt
    for l in unused used dep; do
        grep -q "NEEDED.*\[lib$l\.so\]" dyn.txt || { echo "lib$l.so not NEEDED" >&2; exit 1; }
    done
}
run() { LD_LIBRARY_PATH=. ./prog; }
