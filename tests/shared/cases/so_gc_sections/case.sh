# --gc-sections in a shared library (objects built with -ffunction-sections
# -fdata-sections): every exported symbol is a root, so exported functions
# and variables that nothing in the library references survive and work
# through dlsym; hidden/static functions and data nothing reaches are
# dropped (also what only a dropped function used), while constructors
# (.init_array, and what they call) and __attribute__((retain)) sections
# are kept.  Which pieces survived is seen from inside: each piece carries
# a marker string in its own .rodata section and the library scans its own
# loaded, non-executable segments for the markers.  The program is linked
# with --gc-sections too and keeps the entries of a C-named section that
# only __start_/__stop_ references reach.  (That part is in the program:
# in a shared object GNU ld also puts __start_/__stop_ into .dynsym, which
# is beside the point here.)
build_lib() {
    mklib libgc.so -ffunction-sections -fdata-sections -Wl,--gc-sections gc_a.c gc_b.c
}
build_prog() {
    link -O1 -ffunction-sections -fdata-sections -Wl,--gc-sections main.c table.c -o prog
}
