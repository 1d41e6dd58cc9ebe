# R_X86_64_32 against a symbol at 0x200000000 (--defsym) does not fit.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='[Oo]verflow|out of range|truncated to fit'
EXPECT_ERROR2='far_away'
build() {
    cc_c start.s
    $LD -static --defsym=far_away=0x200000000 start.o -o prog
}
