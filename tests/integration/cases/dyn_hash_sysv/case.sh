# -Wl,--hash-style=sysv with -rdynamic: DT_HASH only, no DT_GNU_HASH
# (checked in build()); dlsym(RTLD_DEFAULT) of 33 exported symbols of the
# executable through that table, and of names that are not there.
MODES="pie nopie"
build() {
    cc_c main.c
    link -rdynamic -Wl,--hash-style=sysv main.o -o prog
    readelf -dW prog > dyn.txt
    grep -q '(HASH)' dyn.txt || { echo "no DT_HASH" >&2; exit 1; }
    if grep -q '(GNU_HASH)' dyn.txt; then echo "unexpected DT_GNU_HASH" >&2; exit 1; fi
}
