# -Wl,--hash-style=both with -rdynamic: DT_HASH and DT_GNU_HASH (checked
# in build()); dlsym lookups as in dyn_hash_sysv.
MODES="pie nopie"
build() {
    cc_c main.c
    link -rdynamic -Wl,--hash-style=both main.o -o prog
    readelf -dW prog > dyn.txt
    grep -q '(HASH)' dyn.txt && grep -q '(GNU_HASH)' dyn.txt || { echo "DT_HASH or DT_GNU_HASH missing" >&2; exit 1; }
}
