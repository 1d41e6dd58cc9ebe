# stdio: open_memstream, fmemopen, tmpfile, sscanf, setvbuf.
build() {
    cc_c main.c
    link -static main.o -o prog
}
