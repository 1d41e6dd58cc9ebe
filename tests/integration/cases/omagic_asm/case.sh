# -N (--omagic): one PT_LOAD for everything, readable, writable and
# executable (the program writes into .text), the headers not loaded, the
# sections one after the other with no page alignment.  Raw $LD link of
# assembly: MODES="static".
MODES="static"
build() {
    cc_c start.s
    $LD -static -N start.o -o prog
}
run() {
    ./prog
    echo "exit $?"
    loads -v
    echo ".text at $(sec_addr .text), .rodata at $(sec_addr .rodata)"
}
