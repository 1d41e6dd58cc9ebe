# -Tdata=ADDR and -Tbss=ADDR: .data at 0x900000 and .bss at 0xa00000, each
# in a PT_LOAD of its own (RW); the rest of the data stays in place.
build() {
    cc_c main.c
    link -static main.o -Wl,-Tdata=0x900000 -Wl,-Tbss=0xa00000 -o prog
}
run() {
    ./prog
    local d b
    d=$(sec_addr .data)
    b=$(sec_addr .bss)
    echo ".data at $d in a PT_LOAD $(load_of "$d")"
    echo ".bss at $b in a PT_LOAD $(load_of "$b")"
}
