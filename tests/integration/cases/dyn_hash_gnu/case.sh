# -Wl,--hash-style=gnu (gcc's default here) with -rdynamic: DT_GNU_HASH
# only (checked in build()); dlsym lookups as in dyn_hash_sysv exercise
# the bloom filter and buckets.
MODES="pie nopie"
build() {
    cc_c main.c
    link -rdynamic -Wl,--hash-style=gnu main.o -o prog
    readelf -dW prog > dyn.txt
    grep -q '(GNU_HASH)' dyn.txt || { echo "no DT_GNU_HASH" >&2; exit 1; }
    if grep -q '(HASH)' dyn.txt; then echo "unexpected DT_HASH" >&2; exit 1; fi
}
