# -fPIC (GOTPCRELX) and -fno-pic -mcmodel=small (R_X86_64_32/32S/PC32) objects
# referencing each other's functions and data.
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c -fPIC pic.c
    cc_c -fno-pic -mcmodel=small nopic.c main.c
    link -static main.o pic.o nopic.o -o prog
}
