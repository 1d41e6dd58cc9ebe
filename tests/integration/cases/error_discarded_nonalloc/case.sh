# A non-allocated section that is not debug info (.myinfo) refers to a
# member of a COMDAT group that another object's instance replaced: GNU ld
# reports it ("defined in discarded section"), where debug sections get a
# tombstone.
EXPECT_ERROR='\.myinfo.*discarded section'
EXPECT_ERROR2='lose\.o'
build() {
    cc_c main.c win.s lose.s
    link -static main.o win.o lose.o -o prog
}
