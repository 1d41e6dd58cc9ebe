# GOTPCRELX with .text at 4 GiB and .data at 0x500000: a relaxed `lea` or
# direct call could not reach 4 GiB away.  GNU ld rewrites the loads to
# `mov $imm32` (the absolute address fits); weld's scan, which runs before
# addresses exist, sees the command line's addresses too far apart and
# keeps every GOTPCRELX through .got, which stays next to the code.  Both
# link and the program exits 42.  Raw $LD link of assembly: MODES="static".
MODES="static"
build() {
    cc_c start.s
    $LD -static -Ttext=0x100000000 -Tdata=0x500000 start.o -o prog
}
run() {
    ./prog
    echo "exit $?"
    echo ".text at $(sec_addr .text), .data at $(sec_addr .data)"
}
