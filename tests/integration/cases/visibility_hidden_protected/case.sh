# hidden/protected/internal visibility symbols referenced across -fPIC objects.
build() {
    cc_c -fPIC a.c b.c
    cc_c main.c
    link -static main.o a.o b.o -o prog
}
