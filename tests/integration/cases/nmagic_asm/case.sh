# -n (--nmagic): the image is one PT_LOAD (RWE, aligned to its largest
# section), the headers are not loaded (.text right after them at
# 0x400000 + their size), no page alignment but the data's (the next page,
# at the same offset in it).  Raw $LD link of assembly: MODES="static".
MODES="static"
build() {
    cc_c start.s
    $LD -static -n start.o -o prog
}
run() {
    ./prog
    echo "exit $?"
    loads -v
    echo ".text at $(sec_addr .text), .rodata at $(sec_addr .rodata)"
}
