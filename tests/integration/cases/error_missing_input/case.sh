# A named input file that does not exist.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='no_such_input\.o'
build() {
    cc_c start.s
    $LD -static start.o no_such_input.o -o prog
}
