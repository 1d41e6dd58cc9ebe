# Many internal pointers (R_X86_64_RELATIVE in a PIE, none in a non-PIE):
# string tables, nested struct pointers, function pointer tables, a
# self-referencing linked list, pointers into the middle of arrays, all in
# initialised data and .data.rel.ro.
MODES="pie nopie"
build() {
    cc_c main.c
    link main.o -o prog
}
