# Undefined symbol in a raw -nostdlib link: error naming the symbol, no output.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='[Uu]ndefined.*foo_missing'
build() {
    cc_c start.s
    $LD -static start.o -o prog
}
