# A PIE based above 4 GiB (-Ttext-segment=0x100000000), from -fPIC code that
# loads a global through the GOT: relaxing the GOTPCRELX to `lea` is still
# right (it is relative), with no "out of range"; GNU ld writes such a PIE
# as ET_EXEC at that address.  PIE only (a position-dependent executable
# there needs 64-bit absolute addresses, which crt1.o does not have).
MODES="pie"
build() {
    cc_c -fPIC main.c value.c
    link main.o value.o -Wl,-Ttext-segment=0x100000000 -o prog
}
run() {
    ./prog
    loads -v | head -1
}
