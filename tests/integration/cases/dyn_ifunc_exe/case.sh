# GNU IFUNC defined in the executable of a dynamic link (IRELATIVE relocs
# in .rela.dyn/.rela.plt processed by the dynamic loader): direct calls from
# two objects, the address taken in code and in initialised data (both
# objects), pointer equality and calls through the pointers.
MODES="pie nopie"
build() {
    cc_c impl.c main.c
    link main.o impl.o -o prog
}
