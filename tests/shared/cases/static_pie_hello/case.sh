# A static PIE (NO_LIB): gcc -static-pie links rcrt1.o and libc.a into an
# ET_DYN without PT_INTERP that relocates itself at start-up
# (_dl_relocate_static_pie applies its R_X86_64_RELATIVE relocations).
# The program prints through stdio, reads tables of pointers that only
# work after self-relocation, and reports whether its code was loaded at
# an address other than 0 (position-independent, loaded at a random base).
NO_LIB=1
build_prog() { link -O1 -static-pie hello.c -o prog; }
run() { ./prog; }
