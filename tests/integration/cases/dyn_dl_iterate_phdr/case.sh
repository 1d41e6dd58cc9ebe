# dl_iterate_phdr in a dynamic program: the loaded objects in order (the
# program first with an empty name, then its libraries by base name), and
# for the program the presence of the segments the dynamic loader and
# libc rely on (PT_PHDR, PT_INTERP, PT_DYNAMIC, PT_TLS as it has TLS,
# PT_GNU_EH_FRAME, PT_GNU_RELRO, a non-executable PT_GNU_STACK), and that
# its address range contains main.  Only stable facts are printed.
MODES="pie nopie"
build() {
    shlib_c libph.so lib.c
    cc_c main.c
    link main.o -L. -lph -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
