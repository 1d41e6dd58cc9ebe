# An object compiled -fno-pic, with an absolute 32-bit reference
# (R_X86_64_32) to an undefined, hence preemptible, symbol ext_var (and
# one to a defined global def_var), linked -shared: the address can't be
# filled in at link time and a 32-bit field can't take a dynamic
# relocation.  GNU ld fails with "relocation R_X86_64_32 against undefined
# symbol `ext_var' can not be used when making a shared object; recompile
# with -fPIC".  weld must fail too and say recompile with -fPIC.
EXPECT_ERROR='recompile with -fPIC'
EXPECT_ERROR2='ext_var'
build_lib() {
    cc_c -fno-pic abs.c
    mklib libtext.so abs.o
}
