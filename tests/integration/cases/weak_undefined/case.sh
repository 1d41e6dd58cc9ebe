# Undefined weak symbols resolve to address 0 (both PIC/GOT and absolute refs).
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c -fno-pic a.c
    cc_c -fPIC b.c
    cc_c main.c
    link -static main.o a.o b.o -o prog
}
