# Empty objects, objects with only .bss, empty sections and a symbol in an empty section.
build() {
    cc_c empty.c only_bss.c empty_sections.s main.c
    mkar libempty.a empty.o
    link -static empty.o main.o only_bss.o empty_sections.o libempty.a -o prog
}
