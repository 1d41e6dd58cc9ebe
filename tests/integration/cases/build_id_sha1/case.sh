# -Wl,--build-id=sha1: a 20-byte NT_GNU_BUILD_ID note in a PT_NOTE segment.
build() {
    cc_c main.c
    link -static -Wl,--build-id=sha1 main.o -o prog
}
