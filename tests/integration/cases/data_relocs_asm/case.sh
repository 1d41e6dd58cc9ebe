# Data relocations from assembly: R_X86_64_64/PC64/PC32/32/16/8 with addends.
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c rel.s main.c
    link -static main.o rel.o -Wl,--defsym=small_abs16=0xbeef -Wl,--defsym=small_abs8=0x7f -o prog
}
