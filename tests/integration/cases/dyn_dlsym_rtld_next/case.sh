# The executable defines lib_greet (interposing libgreet.so's) and
# forwards to the library's version with dlsym(RTLD_NEXT); the library's
# own call of lib_greet goes to the executable's; dlsym(RTLD_DEFAULT)
# finds the executable's.
MODES="pie nopie"
build() {
    shlib_c libgreet.so lib.c
    cc_c main.c
    link main.o -L. -lgreet -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
