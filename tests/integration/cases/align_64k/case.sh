# Sections aligned to 64 KiB in .data, .bss, .rodata and .text.
build() {
    cc_c a.c f.s main.c
    link -static main.o a.o f.o -o prog
}
