# COMMON symbols (-fcommon) of different sizes in several files.
build() {
    cc_c -fcommon a.c b.c c.c main.c
    link -static main.o a.o b.o c.o -o prog
}
