# The other spellings that let undefined symbols of objects through (as 0):
# --unresolved-symbols=ignore-in-object-files, -z undefs, and
# --ignore-unresolved-symbol for each name.  Three programs from the same
# objects, each link silent.  Not in a PIE (see unresolved_symbols_ignore_all).
MODES="static nopie"
build() {
    cc_c main.c
    link -static main.o -Wl,--unresolved-symbols=ignore-in-object-files -o prog 2> link1.err
    link -static main.o -Wl,-z,undefs -o prog2 2> link2.err
    link -static main.o -Wl,--ignore-unresolved-symbol=missing_a -Wl,--ignore-unresolved-symbol,missing_b \
        -o prog3 2> link3.err
    for i in 1 2 3; do
        if grep -q missing_ link$i.err; then echo "link $i: reported"; else echo "link $i: silent"; fi
    done > link.txt
}
run() { cat link.txt; ./prog; ./prog2; ./prog3; }
