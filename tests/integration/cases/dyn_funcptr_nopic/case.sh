# Non-PIE only: -fno-pic code takes absolute (R_X86_64_32) addresses of a
# library function and of libc's puts, which needs a canonical PLT entry
# whose address the library must see too (pointer equality), plus calls.
MODES="nopie"
build() {
    shlib_c libfp.so lib.c
    cc_c -fno-pic main.c
    link main.o -L. -lfp -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
