# -mcmodel=medium: .ldata/.lbss/.lrodata sections and R_X86_64_64/GOTOFF64-style accesses.
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c -mcmodel=medium -fno-pic big.c main.c
    link -static main.o big.o -o prog
}
