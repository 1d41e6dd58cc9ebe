# errno (glibc's TLS errno behind __errno_location) set by failing calls in
# a shared library and read in the executable, set by the executable and
# read in the library, also from a second thread; perror/strerror.
MODES="pie nopie"
build() {
    shlib_c liberr.so lib.c
    cc_c -pthread main.c
    link -pthread main.o -L. -lerr -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
