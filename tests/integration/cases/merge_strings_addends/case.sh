# References into SHF_MERGE|SHF_STRINGS sections that are not plain string
# starts: a kept local label with an addend before its string (.L1 - 1) or
# far past it, a section symbol with an addend inside a string, exactly at
# the section's end, past it or before it (-1).  GNU ld takes the string
# that holds the offset (a label's own string first); an offset at or past
# the section's end means the end of the strings that section contributes
# (of none: where they would have started), and past the end it warns
# "access beyond end of merged section".  Non-allocated sections (.mystr
# with entry size 1, .mystr2 with 2; references in .myrefs) are compared
# byte for byte, the allocated ones (.rodata.str1.1 from .data) through the
# strings the program reads; run() also shows the link's warnings.
build() {
    cc_c main.c a.s b.s c.s d.s wide.s
    link -static main.o a.o b.o d.o c.o wide.o -o prog 2> link.err
}
run() {
    ./prog
    readelf -x .mystr -x .myrefs -x .mystr2 -x .myrefs2 prog
    sed -E 's/^.*: ([^:]+: access beyond)/\1/' link.err
}
