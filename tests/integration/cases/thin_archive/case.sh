# Thin archives (ar T), with members in a subdirectory, and a thin archive
# nested into another thin archive.
build() {
    cc_c sub/t1.c sub/t2.c t3.c main.c
    mkthin sub/libinner.a sub/t1.o sub/t2.o
    mkthin libthin.a sub/libinner.a t3.o
    link -static main.o libthin.a -o prog
}
