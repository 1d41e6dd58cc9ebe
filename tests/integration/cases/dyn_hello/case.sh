# Minimal dynamic program: libc.so.6 only, stdio to stdout and stderr,
# exit status 3 through exit().
MODES="pie nopie"
build() {
    cc_c main.c
    link main.o -o prog
}
