# A symbol that is COMMON so far does not extract an archive member that
# only has another COMMON of it (even a larger one), a weak definition, or a
# function of that name: GNU ld wants a real (global, non-function) data
# definition.  The members announce themselves with constructors; none runs.
# Another archive later on the command line gives one of them a definition.
build() {
    cc_c -fcommon main.c other_common.c
    cc_c weak_def.c func_def.c late_def.c
    mkar libnone.a other_common.o weak_def.o func_def.o
    mkar liblate.a late_def.o
    link -static main.o libnone.a liblate.a -o prog
}
