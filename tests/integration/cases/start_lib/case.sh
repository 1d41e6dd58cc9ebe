# --start-lib ... --end-lib (lld, mold): the objects in between are archive
# members, extracted only when they define a symbol the link needs at that
# point.  GNU ld has no such option: its link uses the equivalent archive
# (ar rcs of the same objects, in the same place).  unused.o is never
# extracted (its constructor does not run, and its duplicate definition of
# b_fn is no error); b.o is extracted for a reference from a.o; c.o's
# COMMON is replaced by d.o's real definition (the COMMON rule of archives).
build() {
    cc_c main.c a.c b.c unused.c d.c
    cc_c -fcommon c.c
    if "$LD" --version | grep -q '^GNU ld'; then
        mkar liblazy.a a.o b.o unused.o c.o d.o
        link -static main.o liblazy.a -o prog
    else
        link -static main.o -Wl,--start-lib a.o b.o unused.o c.o d.o -Wl,--end-lib -o prog
    fi
}
