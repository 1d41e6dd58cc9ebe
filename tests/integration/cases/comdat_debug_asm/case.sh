# References from debug sections (assembly: every field size) to members of
# a discarded COMDAT group: to a member whose winner has the same symbols
# and size (foo: applied to the winner's copy), to one whose size differs
# (bar: a tombstone, 0, or 1 in .debug_ranges), to one whose symbols differ
# (baz: tombstone), and through a global symbol (the winner's definition).
# .debug_loc gets 0 (GNU ld 2.40 writes 1 only in .debug_ranges), and so
# does .gcc_except_table, which may refer to discarded code too.  run()
# prints each field, addresses as function+offset (norm.py).
build() {
    cc_c main.c win.s lose.s
    link -static main.o win.o lose.o -o prog
}
run() {
    ./prog
    /usr/bin/python3 norm.py prog .debug_ranges q .debug_loc q .debug_weld qlsbq
}
