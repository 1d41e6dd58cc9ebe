# Archive members and COMMON symbols met through references: a member whose
# only definition of a symbol is COMMON is extracted for an undefined
# reference (ar's index lists COMMON symbols); once it made the symbol
# COMMON, a later member of the same archive with a real definition is
# extracted too, in the same search (GNU ld); a member extracted for a
# function merges its larger COMMON with the program's; a weak reference
# extracts nothing.
build() {
    cc_c -fcommon main.c com_only.c step_common.c helper.c weak_common.c
    cc_c step_def.c
    mkar libcom.a com_only.o step_common.o step_def.o helper.o weak_common.o
    link -static main.o libcom.a -o prog
}
