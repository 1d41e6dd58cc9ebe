# Large switch statements compiled to jump tables: -fno-pic (absolute .rodata
# table, R_X86_64_32S) and -fPIC (relative table with section-relative PC32s).
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    $CC -O2 -fno-pic -c sw.c -o sw_nopic.o
    $CC -O2 -fPIC -Dclassify=classify_pic -Dname_of=name_of_pic -Dstate_machine=state_machine_pic -c sw.c -o sw_pic.o
    cc_c main.c
    link -static main.o sw_nopic.o sw_pic.o -o prog
}
