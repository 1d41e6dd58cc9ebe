# Hand-written GOT references: movq foo@GOTPCREL(%rip), call/jmp *foo@GOTPCREL,
# add/sub forms, undefined weak and absolute symbols, non-relaxable GOTPCREL.
# Not in mode pie: GNU ld 2.40 relocates the GOT entry of the --defsym absolute
# symbol abs_sym by the load address in a PIE (abs= then differs run to run).
MODES="static nopie"
build() {
    cc_c got.s main.c
    cc_c -Wa,-mrelax-relocations=no got_norelax.s
    link -static main.o got.o got_norelax.o -Wl,--defsym=abs_sym=0x1234 -o prog
}
