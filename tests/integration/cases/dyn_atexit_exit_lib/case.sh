# A shared library registers atexit handlers (in its constructor and from
# a function the program calls); one of them calls exit(7) again while
# the program is already exiting: glibc goes on with the remaining
# handlers and destructors, the final status is 7.  Output by write(2).
MODES="pie nopie"
build() {
    shlib_c libax.so lib.c
    cc_c main.c
    link main.o -L. -lax -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
