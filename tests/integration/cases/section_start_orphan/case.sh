# --section-start=SECTION=ADDR for an orphan (.mysec, at 0x900000) and for
# .rodata (0x700000).  The orphan's address is out of line: .bss and the
# other data stay where they were, below it, as in GNU ld; the sections
# after .rodata follow it.
build() {
    cc_c main.c
    link -static main.o -Wl,--section-start=.mysec=0x900000 -Wl,--section-start,.rodata=0x700000 -o prog
}
run() {
    ./prog
    local m r
    m=$(sec_addr .mysec)
    r=$(sec_addr .rodata)
    echo ".mysec at $m in a PT_LOAD $(load_of "$m")"
    echo ".rodata at $r in a PT_LOAD $(load_of "$r")"
    echo ".bss below .mysec: $(( 16#$(sec_addr .bss) < 16#$m ))"
    echo ".eh_frame after .rodata: $(( 16#$(sec_addr .eh_frame) > 16#$r ))"
}
