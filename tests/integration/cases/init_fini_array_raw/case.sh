# Raw .preinit_array/.init_array/.fini_array sections (C and assembly),
# including a numbered .init_array.00500.
build() {
    cc_c c.c asm_init.s main.c
    link -static main.o c.o asm_init.o -o prog
}
