# __attribute__((alias)) function/data aliases, weak alias overridden elsewhere.
build() {
    cc_c a.c b.c main.c
    link -static main.o a.o b.o -o prog
}
