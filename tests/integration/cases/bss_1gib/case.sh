# A 1 GiB .bss array: touch first, middle and last byte.
build() {
    cc_c big.c main.c
    link -static main.o big.o -o prog
}
