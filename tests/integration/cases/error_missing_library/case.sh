# -lnosuchlib cannot be found.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='nosuchlib'
build() {
    cc_c start.s
    $LD -static start.o -L. -lnosuchlib -o prog
}
