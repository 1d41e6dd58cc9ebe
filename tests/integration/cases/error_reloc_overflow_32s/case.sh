# R_X86_64_32S with value 0x80000000 (fits R_X86_64_32 but not the signed form).
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='[Oo]verflow|out of range|truncated to fit'
EXPECT_ERROR2='big_addr'
build() {
    cc_c data.s
    $LD -static --defsym=big_addr=0x80000000 data.o -o prog
}
