# The local symbols in .symtab as GNU ld chooses them: by default the
# assembler's labels (bfd's local label names: .L*, ..*, _.L_*, L<digit>^A)
# are dropped in SHF_MERGE sections only; -X (--discard-locals) drops them
# everywhere; -x (--discard-all) drops every local symbol, STT_FILE ones
# too; --discard-none keeps them all (also .Lstr in .rodata.str1.1).  An
# object without an STT_FILE symbol (loc.o) gets one named after it.
# Compared: type, binding and name of the locals the case's objects define.
build() {
    cc_c main.c
    cc_c -Wa,-L loc.s
    perl -pi -e 's/L1x2\0/L1\x012\0/; s/L12y3\0/L12\x013\0/; s/L1y\0/L1\x02\0/' loc.o
    link -static main.o loc.o -o prog
    link -static main.o loc.o -Wl,-X -o prog_X
    link -static main.o loc.o -Wl,--discard-locals -o prog_discard_locals
    link -static main.o loc.o -Wl,-x -o prog_x
    link -static main.o loc.o -Wl,--discard-all -o prog_discard_all
    link -static main.o loc.o -Wl,--discard-none -o prog_none
    link -static main.o loc.o -Wl,-x,--discard-none -o prog_last_wins
}
run() {
    ./prog
    for p in prog prog_X prog_discard_locals prog_x prog_discard_all prog_none prog_last_wins; do
        echo "== $p"
        readelf -sW $p | sed -n '/^Symbol table .\.symtab/,$p' |
            awk 'NR == FNR { want[$0] = 1; next } $5 == "LOCAL" && ($8 in want) { print $4, $5, $8 }' names.txt -
    done
}
