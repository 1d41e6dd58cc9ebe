# Two archives define the same symbol: the first archive on the command line
# satisfies it, the second one's member is never extracted (no duplicate).
build() {
    cc_c one.c two.c two_extra.c main.c
    mkar libone.a one.o
    mkar libtwo.a two.o two_extra.o
    link -static main.o libone.a libtwo.a -o prog
}
