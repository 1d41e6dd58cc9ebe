# musl static: stdio, qsort, libm (inside musl's libc.a), errno, ctor/atexit.
build() {
    cc_musl main.c
    link_musl -static main.o -lm -o prog
}
