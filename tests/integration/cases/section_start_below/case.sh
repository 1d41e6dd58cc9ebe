# -Tdata below the image base (0x200000 < 0x400000): GNU ld places it there
# when it overlaps nothing (the sections after it follow it), with the
# PT_LOADs in address order.  Raw $LD link of assembly: MODES="static".
MODES="static"
build() {
    cc_c start.s
    $LD -static -Tdata=0x200000 start.o -o prog
}
run() {
    ./prog
    echo "exit $?"
    local d
    d=$(sec_addr .data)
    echo ".data at $d in a PT_LOAD $(load_of "$d"), .bss at $(sec_addr .bss)"
    echo ".text at $(sec_addr .text) in a PT_LOAD $(load_of "$(sec_addr .text)")"
    readelf -lW prog | awk '$1 == "LOAD" { print $3 }' | sort -c && echo "PT_LOADs in address order"
}
