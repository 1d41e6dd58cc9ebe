# Two strong definitions of dup_sym: error names the symbol and both objects.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='([Dd]uplicate|[Mm]ultiple definition).*dup_sym'
EXPECT_ERROR2='dupdef_one\.o'
EXPECT_ERROR3='dupdef_two\.o'
build() {
    cc_c dupdef_one.s dupdef_two.s
    $LD -static dupdef_one.o dupdef_two.o -o prog
}
