# Undefined function in a gcc-driven static libc link.
EXPECT_ERROR='[Uu]ndefined.*weld_missing_function'
build() {
    cc_c main.c
    link -static main.o -o prog
}
