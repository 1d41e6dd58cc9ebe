# -Ttext ADDR (the two-argument form): .text at 0x800000 as GNU ld puts it.
# .init and .plt stay where the default layout has them; .text starts a
# PT_LOAD of its own (R E), .fini follows it and .rodata comes after.
build() {
    cc_c main.c
    link -static main.o -Wl,-Ttext,0x800000 -o prog
}
run() {
    ./prog
    local t
    t=$(sec_addr .text)
    echo ".text at $t in a PT_LOAD $(load_of "$t")"
    echo ".fini after .text: $(( 16#$(sec_addr .fini) > 16#$t ))"
    echo ".rodata after .text: $(( 16#$(sec_addr .rodata) > 16#$t ))"
}
