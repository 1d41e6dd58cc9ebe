# Data relocations from assembly: R_X86_64_64/PC64/PC32/32/16/8 with addends.
build() {
    cc_c rel.s main.c
    link -static main.o rel.o -Wl,--defsym=small_abs16=0xbeef -Wl,--defsym=small_abs8=0x7f -o prog
}
