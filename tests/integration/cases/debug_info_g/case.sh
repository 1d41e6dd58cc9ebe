# Objects with DWARF debug info (DWARF 5 and 4 mixed, -O2 with location lists).
build() {
    cc_c -g -gdwarf-5 -O2 a.c
    cc_c -g -gdwarf-4 b.c
    link -static a.o b.o -o prog
}
