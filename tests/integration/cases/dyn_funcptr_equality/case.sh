# Function pointer equality across the executable/shared-object boundary:
# the address of a library function taken in the executable (code and
# initialised data) and in the library, of a libc function (puts) in both,
# and of an executable function handed to the library and compared there.
MODES="pie nopie"
build() {
    shlib_c libfp.so lib.c
    cc_c main.c
    link main.o -L. -lfp -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
