# A shared library with undefined references to a function, a variable
# and an array that the executable defines (no -rdynamic): the linker
# exports exactly what the library needs; the library calls/reads/writes
# them; an unrelated executable function stays unexported (dlsym).
MODES="pie nopie"
build() {
    shlib_c libcb.so lib.c
    cc_c main.c
    link main.o -L. -lcb -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
