# -Wl,--build-id with no style (what gcc passes): a 20-byte NT_GNU_BUILD_ID
# note that the program finds in its own PT_NOTE segment at run time.
build() {
    cc_c main.c
    link -static -Wl,--build-id main.o -o prog
}
