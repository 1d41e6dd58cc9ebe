# GNU IFUNC: direct calls, calls through pointers, address equality across files.
# other.c is -fno-pic (absolute/PC32 address of an ifunc -> canonical PLT entry).
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c impl.c main.c
    cc_c -fno-pic other.c
    link -static main.o impl.o other.o -o prog
}
