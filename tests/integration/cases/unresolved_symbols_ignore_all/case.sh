# --unresolved-symbols=ignore-all: undefined symbols of the objects are not
# reported and resolve to 0, as in GNU ld (the program only takes their
# addresses: through data relocations, a RIP-relative lea and the GOT, and
# never calls the missing function).  Not in a PIE: GNU ld writes a text
# relocation and a broken PLT relocation there, and weld refuses the
# RIP-relative reference to an address that is 0 at any load address.
MODES="static nopie"
build() {
    cc_c main.c
    cc_c -fno-plt -fPIC got.c
    link -static main.o got.o -Wl,--unresolved-symbols=ignore-all -o prog 2> link.err
    # nothing is said about the missing symbols
    if grep -q missing_ link.err; then echo "link: reported" > link.txt; else echo "link: silent" > link.txt; fi
}
run() { cat link.txt; ./prog; }
