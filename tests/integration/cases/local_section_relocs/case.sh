# Relocations against local labels (section symbol + addend), including into
# a SHF_MERGE constant section.
build() {
    cc_c loc.s main.c
    link -static main.o loc.o -o prog
}
