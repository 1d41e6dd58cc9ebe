# Function pointer tables in .data.rel.ro (PIE objects) and .rodata (-fno-pic).
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c -fPIE ops.c
    cc_c -fno-pic main.c
    link -static main.o ops.o -o prog
}
