# PC-relative 32-bit call to a symbol 12 GiB away does not fit.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='[Oo]verflow|out of range|truncated to fit'
EXPECT_ERROR2='far_function'
build() {
    cc_c start.s
    $LD -static --defsym=far_function=0x300000000 start.o -o prog
}
