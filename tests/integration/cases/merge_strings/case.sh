# SHF_MERGE|SHF_STRINGS .rodata.str1.1: identical literals from several files
# end up at one address (GNU ld merges them; pointer equality is checked).
build() {
    cc_c s1.c s2.c s3.c s4.c main.c
    link -static main.o s1.o s2.o s3.o s4.o -o prog
}
