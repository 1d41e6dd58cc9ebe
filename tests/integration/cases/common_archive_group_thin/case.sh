# In a group, the member that really defines a symbol is extracted when the
# search comes back to its archive after another archive's member made the
# symbol COMMON; the defining archive is thin (the member is read from its
# own file to see what it defines).  After the group, a second (regular)
# archive's COMMON-only member is not extracted for the now defined symbol.
build() {
    cc_c -fcommon need.c late_common.c
    cc_c main.c def.c
    mkthin libdef.a def.o
    mkar libneed.a need.o
    mkar liblate.a late_common.o
    link -static main.o -Wl,--start-group libdef.a libneed.a -Wl,--end-group liblate.a -o prog
}
