# --warn-execstack also warns about -z execstack itself ("enabling an
# executable stack because of -z execstack command line option"), which
# --fatal-warnings turns into an error.
MODES="static"
EXPECT_ERROR='executable stack'
EXPECT_ERROR2='-z execstack'
build() {
    cc_c main.c
    link -static main.o -Wl,-z,execstack -Wl,--warn-execstack -Wl,--fatal-warnings -o prog
}
