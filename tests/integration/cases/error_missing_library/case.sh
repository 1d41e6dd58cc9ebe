# -lnosuchlib cannot be found.
EXPECT_ERROR='nosuchlib'
build() {
    cc_c start.s
    $LD -static start.o -L. -lnosuchlib -o prog
}
