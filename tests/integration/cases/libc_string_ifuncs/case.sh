# glibc's string functions are IFUNCs in static binaries (IRELATIVE relocs
# applied by the startup code).
# Static only: tests IRELATIVE relocations applied by the static startup code.
MODES="static"
build() {
    cc_c -fno-builtin main.c
    link -static main.o -o prog
}
