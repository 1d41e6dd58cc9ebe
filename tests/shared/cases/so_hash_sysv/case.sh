# Symbol hash tables: libsysv.so is linked with --hash-style=sysv (only
# .hash, which the loader must then use for every lookup), libboth.so with
# --hash-style=both (.hash and .gnu.hash).  Each exports 300 generated
# functions plus a variable; the program binds to some directly (resolved
# at start-up through the hash tables) and looks all of them up with
# dlsym, including names absent from the library.
build_lib() {
    local lib i
    for lib in sysv both; do
        {
            i=0
            while [ $i -lt 300 ]; do
                printf 'int %s_fn_%d(void) { return %d; }\n' $lib $i $i
                i=$((i + 1))
            done
            printf 'int %s_var = 77;\n' $lib
        } > $lib.c
    done
    mklib libsysv.so -O0 -Wl,--hash-style=sysv sysv.c
    mklib libboth.so -O0 -Wl,--hash-style=both both.c
}
build_prog() { link -O1 main.c -L. -lsysv -lboth -o prog; }
