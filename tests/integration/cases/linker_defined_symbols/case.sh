# Linker-provided symbols: __ehdr_start, __executable_start, etext/edata/end,
# __bss_start, __init_array_start/end etc.
build() {
    cc_c main.c
    link -static main.o -o prog
}
