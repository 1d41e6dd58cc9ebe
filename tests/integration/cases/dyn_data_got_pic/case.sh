# Executable objects compiled with -fPIC (and -fno-plt for one): library
# data and functions are reached through the GOT (GOTPCRELX that cannot be
# relaxed to the library's symbols; R_X86_64_GLOB_DAT), calls as
# "call *foo@GOTPCREL(%rip)"; executable-local symbols through relaxable
# GOTPCRELX.
MODES="pie nopie"
build() {
    shlib_c libgp.so lib.c
    cc_c -fPIC main.c
    cc_c -fPIC -fno-plt noplt.c
    link main.o noplt.o -L. -lgp -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
