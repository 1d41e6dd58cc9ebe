# --warn-unresolved-symbols: each undefined symbol is a warning instead of an
# error, the link succeeds and the symbols are 0 (GNU ld).  The build checks
# that each missing name was mentioned as a warning and that the link did
# not fail; the wording differs between the linkers.  Not in a PIE (see
# unresolved_symbols_ignore_all).
MODES="static nopie"
build() {
    cc_c main.c
    link -static main.o -Wl,--warn-unresolved-symbols -o prog 2> link.err
    for s in missing_counter missing_hook; do
        if grep -i warning link.err | grep -q "$s"; then echo "warned: $s"; else echo "silent: $s"; fi
    done > link.txt
    if grep -qi "error" link.err; then echo "an error was reported" >> link.txt; fi
}
run() { cat link.txt; ./prog; }
