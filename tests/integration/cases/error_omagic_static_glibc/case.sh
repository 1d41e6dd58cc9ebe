# -N in a static glibc program: the ELF header is not loaded, so nothing
# defines __ehdr_start, which glibc's static start-up code needs; GNU ld
# 2.40 fails the same way ("undefined reference to `__ehdr_start'").
MODES="static"
EXPECT_ERROR='__ehdr_start'
build() {
    cc_c main.c
    link -static main.o -Wl,-N -o prog
}
