# PIE only: -Wl,-z,pack-relative-relocs packs the relative relocations
# into DT_RELR (glibc 2.36 supports it; the program then needs
# GLIBC_ABI_DT_RELR).  build() checks for a RELR table; the program (as
# dyn_pie_relative_relocs) checks the pointers.
MODES="pie"
build() {
    cc_c main.c
    link -Wl,-z,pack-relative-relocs main.o -o prog
    readelf -dW prog | grep -q '(RELR)' || { echo "no DT_RELR" >&2; exit 1; }
}
