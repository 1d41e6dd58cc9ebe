# Plain libc program: stdio to stdout and stderr, non-zero exit status.
build() {
    cc_c main.c
    link -static main.o -o prog
}
