# Non-PIE only: -fno-pic objects (absolute R_X86_64_32/32S addressing) in a
# dynamic executable: library data via copy relocations addressed
# absolutely, library functions called through the PLT and their addresses
# stored in data and code (canonical PLT entries), a jump table, and
# the library checking that it sees the same objects.
MODES="nopie"
build() {
    shlib_c libnp.so lib.c
    cc_c -fno-pic -O2 main.c
    link main.o -L. -lnp -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
