# A symbol that is COMMON so far (-fcommon) extracts the archive member that
# gives it a real definition, as GNU ld does: initialised data, const data
# (.rodata), zero-initialised -fno-common data (.bss) and an assembler
# STT_NOTYPE definition in .data.  The members announce themselves with
# constructors.
build() {
    cc_c -fcommon main.c
    cc_c def_data.c def_const.c def_asm.s
    cc_c -fno-common def_bss.c
    mkar libdefs.a def_data.o def_const.o def_bss.o def_asm.o
    link -static main.o libdefs.a -o prog
}
