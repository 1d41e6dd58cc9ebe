# -Ttext-segment=ADDR: the image (ELF header and all) starts at 0x10000000,
# in every mode (a PIE too); -Trodata-segment=ADDR puts the read-only data
# segment at 0x20000000.
build() {
    cc_c main.c
    link -static main.o -Wl,-Ttext-segment=0x10000000 -Wl,-Trodata-segment=0x20000000 -o prog
}
run() {
    ./prog
    loads -v | head -2
    local r
    r=$(sec_addr .rodata)
    echo ".rodata at $r in a PT_LOAD $(load_of "$r")"
}
