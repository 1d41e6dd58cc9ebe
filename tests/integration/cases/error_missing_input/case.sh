# A named input file that does not exist.
EXPECT_ERROR='no_such_input\.o'
build() {
    cc_c start.s
    $LD -static start.o no_such_input.o -o prog
}
