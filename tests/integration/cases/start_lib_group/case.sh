# --start-lib objects in a --start-group with an archive: the group searches
# them again when the archive's member needs one of them, like an archive
# of the group.  Objects named after --end-lib join as usual, and a
# --start-lib object that defines nothing needed at that point stays out
# even though a later object refers to it (GNU ld's left-to-right order,
# as for the equivalent archive, where lld would extract it): the later
# archive libfallback.a defines it.  GNU ld links the equivalent archives.
build() {
    cc_c main.c p.c q.c late.c ar_member.c tail.c fallback.c
    mkar libar.a ar_member.o
    mkar libfallback.a fallback.o
    if "$LD" --version | grep -q '^GNU ld'; then
        mkar liblazy.a p.o q.o
        mkar liblate.a late.o
        link -static main.o -Wl,--start-group liblazy.a libar.a -Wl,--end-group liblate.a tail.o libfallback.a -o prog
    else
        link -static main.o -Wl,--start-group -Wl,--start-lib p.o q.o -Wl,--end-lib libar.a -Wl,--end-group \
            -Wl,--start-lib late.o -Wl,--end-lib tail.o libfallback.a -o prog
    fi
}
